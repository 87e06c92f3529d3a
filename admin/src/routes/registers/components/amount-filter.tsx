import { useTranslate, type CrudFilter } from '@refinedev/core';
import type { FieldDescription } from '@wuyedesk/contracts';
import { InputNumber, Space } from 'antd';
import { useLocale } from '../../../providers/use-locale';

interface AmountFilterProps {
  field: FieldDescription;
  filters: CrudFilter[];
  onFilter: (filter: CrudFilter) => void;
}

const valueOf = (filters: CrudFilter[], field: string, operator: 'gte' | 'lte') => {
  const found = filters.find((f) => 'field' in f && f.field === field && f.operator === operator);
  return found && typeof found.value !== 'object' ? Number(found.value) : undefined;
};

/** From–to on a money or number column (押金 ≥ 3000), applied on Enter or when the box loses focus. */
export const AmountFilter = ({ field, filters, onFilter }: AmountFilterProps) => {
  const t = useTranslate();
  const locale = useLocale();
  const label = field.label[locale];
  const box = (operator: 'gte' | 'lte') => {
    const apply = (raw: string) => {
      const value = raw.replace(/[¥,\s]/g, '');
      onFilter({ field: field.name, operator, value: value === '' ? undefined : Number(value) });
    };
    return (
      <InputNumber
        aria-label={t(operator === 'gte' ? 'list.atLeast' : 'list.atMost', { label })}
        placeholder={t(operator === 'gte' ? 'list.atLeast' : 'list.atMost', { label })}
        defaultValue={valueOf(filters, field.name, operator)}
        style={{ width: 150 }}
        onPressEnter={(e) => apply((e.target as HTMLInputElement).value)}
        onBlur={(e) => apply(e.target.value)}
      />
    );
  };
  return (
    <Space.Compact>
      {box('gte')}
      {box('lte')}
    </Space.Compact>
  );
};
