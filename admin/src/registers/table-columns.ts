import type { CrudFilter } from '@refinedev/core';
import type { FieldDescription, FieldType, Locale, RegisterDescription } from '@wuyedesk/contracts';
import { fieldsByName } from './form-fields';

/** Strapi sorts scalar columns; relations, long text, files and JSON are not sortable. */
const SORTABLE: ReadonlySet<FieldType> = new Set<FieldType>([
  'string',
  'integer',
  'decimal',
  'money',
  'date',
  'datetime',
  'boolean',
  'enum',
  'phone',
  'email',
]);

export interface ColumnSpec {
  field: FieldDescription;
  title: string;
  sortable: boolean;
  /** Checkbox filter choices (enum columns); filtering uses the `in` operator. */
  filters?: { text: string; value: string }[];
  /** A from–to filter above the table (money and number columns of form types). */
  range: boolean;
}

const NUMERIC: ReadonlySet<FieldType> = new Set<FieldType>(['integer', 'decimal', 'money']);

/**
 * A form type's list answers only what its indexes serve: its own fields sort and filter when
 * the designer marked them filterable; system fields (number, status, times) always do.
 */
const isIndexed = (register: RegisterDescription, field: FieldDescription) => !register.store || field.managed === true || field.filterable === true;

/** The table's columns, from the description's listFields. */
export const columnSpecs = (register: RegisterDescription, locale: Locale): ColumnSpec[] =>
  fieldsByName(register, register.listFields).map((field) => ({
    field,
    title: field.label[locale],
    sortable: SORTABLE.has(field.type) && isIndexed(register, field),
    range: !!register.store && NUMERIC.has(field.type) && isIndexed(register, field),
    filters:
      field.type === 'enum' && !field.multiple && isIndexed(register, field)
        ? (field.options ?? []).map((o) => ({ text: o.label[locale], value: o.value }))
        : undefined,
  }));

export const SEARCH_KEY = 'q';

export const searchFilter = (register: RegisterDescription, text: string) => ({
  key: SEARCH_KEY,
  operator: 'or' as const,
  value: text.trim()
    ? register.searchFields.map((field) => ({ field, operator: 'contains' as const, value: text.trim() }))
    : [],
});

/** The text in the quick search box, read back from the table's (URL-synced) filters. */
export const searchTextOf = (filters: readonly CrudFilter[]): string => {
  const search = filters.find((f) => 'key' in f && f.key === SEARCH_KEY && f.operator === 'or');
  const first = search && Array.isArray(search.value) ? search.value[0] : undefined;
  return first && 'field' in first && typeof first.value === 'string' ? first.value : '';
};
