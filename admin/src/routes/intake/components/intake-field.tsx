import type { FieldDescription, RegisterDescription } from '@wuyedesk/contracts';
import { Form, Select } from 'antd';
import type { ReactElement } from 'react';
import { fieldRules, isFieldRequired } from '../../../registers/field-rules';
import { useLocale } from '../../../providers/use-locale';

interface IntakeFieldProps {
  register: RegisterDescription;
  name: string;
  /** The control, given the field's description and whether it is required. */
  children: (field: FieldDescription, isRequired: boolean) => ReactElement;
}

/**
 * A labelled row for one described field of the register being recorded: its label, help and
 * rules come from the description, so messages match the server's word for word.
 */
export const IntakeField = ({ register, name, children }: IntakeFieldProps) => {
  const locale = useLocale();
  const field = register.fields.find((f) => f.name === name);
  if (!field) return null;
  const isRequired = isFieldRequired(field, 'create');
  return (
    <Form.Item
      name={name}
      label={field.label[locale]}
      rules={fieldRules({ register, field, locale, mode: 'create' })}
      required={isRequired}
    >
      {children(field, isRequired)}
    </Form.Item>
  );
};

interface EnumSelectProps {
  field: FieldDescription;
  isRequired: boolean;
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
}

/** An enum as a select staff can type into (来电, 一般…) instead of scrolling. */
export const EnumSelect = ({ field, isRequired, ...control }: EnumSelectProps) => {
  const locale = useLocale();
  return (
    <Select<string>
      {...control}
      showSearch
      optionFilterProp="label"
      allowClear={!isRequired}
      options={(field.options ?? []).map((o) => ({ value: o.value, label: o.label[locale] }))}
    />
  );
};
