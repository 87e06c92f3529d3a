import type { FieldDescription } from '@wuyedesk/contracts';
import { DatePicker, Input, InputNumber, Select, Switch } from 'antd';
import { useLocale } from '../../providers/use-locale';
import { RelationSelect } from './relation-select';

interface FieldInputProps {
  field: FieldDescription;
  required: boolean;
  /** Injected by Form.Item. */
  value?: never;
  onChange?: never;
}

/**
 * The antd control for a field type. Form.Item injects value/onChange into whatever is
 * returned, so the props are passed through untouched.
 */
export const FieldInput = ({ field, required, ...control }: FieldInputProps) => {
  const locale = useLocale();
  switch (field.type) {
    case 'text':
      return <Input.TextArea {...control} autoSize={{ minRows: 3, maxRows: 12 }} showCount={!!field.maxLength} maxLength={field.maxLength} />;
    case 'json':
      return <Input.TextArea {...control} autoSize={{ minRows: 3, maxRows: 12 }} style={{ fontFamily: 'monospace' }} />;
    case 'integer':
      return <InputNumber {...control} precision={0} min={field.min} max={field.max} style={{ width: '100%' }} />;
    case 'decimal':
      return <InputNumber {...control} min={field.min} max={field.max} style={{ width: '100%' }} />;
    case 'money':
      return <InputNumber {...control} prefix="¥" precision={2} step={0.01} min={field.min} max={field.max} style={{ width: '100%' }} />;
    case 'date':
      return <DatePicker {...control} style={{ width: '100%' }} />;
    case 'datetime':
      return <DatePicker {...control} showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />;
    case 'boolean':
      return <Switch {...control} />;
    case 'enum':
      return (
        <Select
          {...control}
          mode={field.multiple ? 'multiple' : undefined}
          allowClear={!required || field.multiple}
          options={(field.options ?? []).map((o) => ({ value: o.value, label: o.label[locale] }))}
        />
      );
    case 'relation':
      return <RelationSelect {...control} field={field} allowClear={!required} />;
    case 'idcard':
      return <Input {...control} maxLength={18} inputMode="text" style={{ fontFamily: 'monospace' }} />;
    case 'phone':
      return <Input {...control} type="tel" inputMode="tel" maxLength={field.maxLength} />;
    default:
      return <Input {...control} maxLength={field.maxLength} />;
  }
};
