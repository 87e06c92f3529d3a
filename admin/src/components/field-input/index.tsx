import { getValueFromEvent } from '@refinedev/antd';
import {
  FIELD_MESSAGES,
  formatMessage,
  isVisible,
  type FieldDescription,
  type RegisterDescription,
  type WorkflowAction,
} from '@wuyedesk/contracts';
import { Form } from 'antd';
import { fieldRules, isFieldRequired, type RuleMode } from '../../registers/field-rules';
import { useLocale } from '../../providers/use-locale';
import { FieldInput } from './field-input';
import { GroupInput } from './group-input';
import { MediaUpload } from './media-upload';

interface FieldFormItemProps {
  register: RegisterDescription;
  field: FieldDescription;
  mode: RuleMode;
  /** The workflow step whose input this is (mode 'action'). */
  action?: WorkflowAction;
  /** Required on this record, and why (an outside person's 介绍信): a `requiredWhen` rule. */
  requiredBecause?: string;
}

/** A labelled form row for one described field, with the shared validation rules. */
export const FieldFormItem = ({ register, field, mode, action, requiredBecause }: FieldFormItemProps) => {
  const locale = useLocale();
  const required = isFieldRequired(field, mode, action) || requiredBecause !== undefined;
  const because =
    requiredBecause === undefined
      ? []
      : [
          {
            required: true,
            message: formatMessage(FIELD_MESSAGES.REQUIRED_BECAUSE[locale], {
              label: field.label[locale],
              reason: requiredBecause,
            }),
          },
        ];
  const common = {
    name: field.name,
    label: field.label[locale],
    extra: field.help?.[locale],
    rules: [...because, ...fieldRules({ register, field, locale, mode, action })],
    required,
  };
  if (field.type === 'group') {
    return (
      <Form.Item label={common.label} extra={common.extra} required={required}>
        <GroupInput field={field} />
      </Form.Item>
    );
  }
  if (field.type === 'media') {
    return (
      <Form.Item {...common} valuePropName="fileList" getValueFromEvent={getValueFromEvent}>
        <MediaUpload field={field} />
      </Form.Item>
    );
  }
  return (
    <Form.Item {...common} valuePropName={field.type === 'boolean' ? 'checked' : 'value'}>
      <FieldInput field={field} required={required} />
    </Form.Item>
  );
};

/**
 * A field with conditional visibility (show B when A = x) appears only while its condition holds;
 * hidden, it is neither required nor sent (antd drops unmounted fields' values on submit).
 */
export const VisibleFormItem = (props: FieldFormItemProps) => {
  const rule = props.field.visibleWhen;
  if (!rule) return <FieldFormItem {...props} />;
  return (
    <Form.Item noStyle shouldUpdate={(a, b) => a[rule.field] !== b[rule.field]}>
      {({ getFieldsValue }) => (isVisible(props.field, getFieldsValue(true)) ? <FieldFormItem {...props} /> : null)}
    </Form.Item>
  );
};
