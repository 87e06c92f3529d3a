import { useList, useTranslate, type BaseRecord, type CrudFilter } from '@refinedev/core';
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useDebouncedValue } from './use-debounced-value';
import { toUnitSummary, unitLabel, UNIT_SUMMARY_FIELDS, type UnitSummary } from './unit-summary';

export { toUnitSummary, unitLabel, UNIT_SUMMARY_FIELDS, type UnitSummary } from './unit-summary';
export { useDebouncedValue } from './use-debounced-value';

interface UnitPickerProps {
  /** From Form.Item: the unit's documentId. */
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** The unit behind a choice staff made here (undefined when cleared). */
  onPick?: (unit: UnitSummary | undefined) => void;
  /** A unit set from outside (a phone match), so its name shows without a search. */
  known?: UnitSummary;
  allowClear?: boolean;
}

const searchFilters = (text: string): CrudFilter[] =>
  text
    ? [{ operator: 'or', value: UNIT_SUMMARY_FIELDS.map((field) => ({ field, operator: 'contains', value: text })) }]
    : [];

/** 房号 by code, owner name or owner phone, searched on the server as staff type. */
export const UnitPicker = ({ id, value, onChange, onPick, known, allowClear = true }: UnitPickerProps) => {
  const t = useTranslate();
  const [text, setText] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const search = useDebouncedValue(text.trim(), 300);
  const { result, query } = useList<BaseRecord>({
    resource: 'units',
    filters: searchFilters(search),
    sorters: [{ field: 'code', order: 'asc' }],
    pagination: { currentPage: 1, pageSize: 20, mode: 'server' },
    meta: { fields: UNIT_SUMMARY_FIELDS },
    queryOptions: { enabled: isOpen || search !== '' },
  });
  const units = useMemo(() => {
    const found = result.data.map(toUnitSummary).filter((u): u is UnitSummary => u !== undefined);
    return known && !found.some((u) => u.id === known.id) ? [known, ...found] : found;
  }, [result.data, known]);

  return (
    <Select<string>
      id={id}
      value={value}
      showSearch
      allowClear={allowClear}
      filterOption={false}
      loading={query.isFetching}
      placeholder={t('relation.searchPlaceholder')}
      options={units.map((u) => ({ value: u.id, label: unitLabel(u) }))}
      onSearch={setText}
      onOpenChange={setIsOpen}
      onChange={(next) => {
        onChange?.(next);
        onPick?.(units.find((u) => u.id === next));
      }}
    />
  );
};
