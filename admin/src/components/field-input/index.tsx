import { getValueFromEvent } from '@refinedev/antd';
import type { FieldDescription, RegisterDescription, WorkflowAction } from '@wuyedesk/contracts';
import { Form } from 'antd';
import { fieldRules, isFieldRequired, type RuleMode } from '../../registers/field-rules';
import { useLocale } from '../../providers/use-locale';
import { FieldInput } from './field-input';
import { MediaUpload } from './media-upload';

interface FieldFormItemProps {
  register: RegisterDescription;
  field: FieldDescription;
  mode: RuleMode;
  /** The workflow step whose input this is (mode 'action'). */
  action?: WorkflowAction;
}

/** A labelled form row for one described field, with the shared validation rules. */
export const FieldFormItem = ({ register, field, mode, action }: FieldFormItemProps) => {
  const locale = useLocale();
  const required = isFieldRequired(field, mode, action);
  const common = {
    name: field.name,
    label: field.label[locale],
    extra: field.help?.[locale],
    rules: fieldRules({ register, field, locale, mode, action }),
    required,
  };
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
