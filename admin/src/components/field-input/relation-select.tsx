import { useSelect } from '@refinedev/antd';
import { useTranslate, type BaseRecord, type CrudFilter } from '@refinedev/core';
import type { FieldDescription } from '@wuyedesk/contracts';
import { Select } from 'antd';
import { relationTarget, relationTitle, type RelationTarget } from '../../registers/relation-target';
import { useRegisters } from '../../providers/session-context';

interface RelationSelectProps {
  field: FieldDescription;
  /** From Form.Item, so the label points at the control. */
  id?: string;
  value?: string | string[];
  onChange?: (value: string | string[] | undefined) => void;
  allowClear?: boolean;
}

const searchFilters = (target: RelationTarget, text: string): CrudFilter[] =>
  text.trim()
    ? [{ operator: 'or', value: target.searchFields.map((field) => ({ field, operator: 'contains', value: text.trim() })) }]
    : [];

/** The description's own narrowing of what may be picked (keys in the cabinet, approvers). */
const targetFilters = (field: FieldDescription): CrudFilter[] =>
  (field.targetFilter ?? []).map((f) => ({ field: f.field, operator: f.operator, value: f.value }));

const Picker = ({ target, field, id, value, onChange, allowClear }: RelationSelectProps & { target: RelationTarget }) => {
  const t = useTranslate();
  const { selectProps } = useSelect<BaseRecord>({
    resource: target.resource,
    optionLabel: (item) => relationTitle(target, item) ?? String(item.id),
    optionValue: (item) => String(item.id),
    // The chosen record is fetched by id so its name shows even when off the first page.
    defaultValue: value,
    filters: targetFilters(field),
    onSearch: (text) => searchFilters(target, text),
    sorters: [{ field: target.titleField, order: 'asc' }],
    pagination: { pageSize: 20, mode: 'server' },
    debounce: 300,
  });
  return (
    <Select
      // Only the search plumbing: the value stays the form's, not useSelect's default.
      options={selectProps.options}
      onSearch={selectProps.onSearch}
      loading={selectProps.loading}
      filterOption={false}
      showSearch
      id={id}
      value={value}
      onChange={(next) => onChange?.(next as string | string[] | undefined)}
      mode={field.multiple ? 'multiple' : undefined}
      allowClear={allowClear}
      placeholder={t('relation.searchPlaceholder')}
    />
  );
};

/** Picks a record of the field's target register (or a user) with server-side search. */
export const RelationSelect = (props: RelationSelectProps) => {
  const registers = useRegisters();
  const target = relationTarget(props.field, registers);
  if (!target) return <Select id={props.id} disabled value={props.value} />;
  return <Picker {...props} target={target} />;
};
