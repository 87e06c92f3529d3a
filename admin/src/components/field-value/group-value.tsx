import type { FieldDescription, RegisterDescription } from '@wuyedesk/contracts';
import { Table } from 'antd';
import { useLocale } from '../../providers/use-locale';
import { FieldValue } from '.';

/** A repeating group's rows as a small table, each cell shown as its sub-field's type is. */
export const GroupValue = ({ register, field, value }: { register: RegisterDescription; field: FieldDescription; value: unknown }) => {
  const locale = useLocale();
  const rows = (Array.isArray(value) ? value : []).map((row, index) => ({ key: index, ...(row as Record<string, unknown>) }));
  return (
    <Table
      size="small"
      pagination={false}
      dataSource={rows}
      columns={(field.fields ?? []).map((sub) => ({
        key: sub.name,
        title: sub.label[locale],
        render: (_: unknown, row: Record<string, unknown>) => <FieldValue register={register} field={sub} value={row[sub.name]} />,
      }))}
    />
  );
};
