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
  /** A 'contains' box in the column header (short text marked filterable: 押金单号). */
  textFilter: boolean;
}

const NUMERIC: ReadonlySet<FieldType> = new Set<FieldType>(['integer', 'decimal', 'money']);
const TEXT: ReadonlySet<FieldType> = new Set<FieldType>(['string', 'phone', 'idcard', 'email']);

/**
 * A list answers only what its indexes serve: a field the description marks `filterable: false`
 * (a form field the designer did not mark 可筛选) neither sorts nor filters; system fields
 * (number, status, times) always do. The same rule for every register, whatever its store.
 */
const isIndexed = (field: FieldDescription) => field.managed === true || field.filterable !== false;

/** The table's columns, from the description's listFields. */
export const columnSpecs = (register: RegisterDescription, locale: Locale): ColumnSpec[] =>
  fieldsByName(register, register.listFields).map((field) => ({
    field,
    title: field.label[locale],
    sortable: SORTABLE.has(field.type) && isIndexed(field),
    range: NUMERIC.has(field.type) && field.filterable === true,
    textFilter: TEXT.has(field.type) && field.filterable === true,
    filters:
      field.type === 'enum' && !field.multiple && isIndexed(field)
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
