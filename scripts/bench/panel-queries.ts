import type { RegisterDescription } from '@wuyedesk/contracts';

/** The register table's page size (admin/src/routes/registers/list.tsx). */
const PAGE_SIZE = 20;

const relationsIn = (register: RegisterDescription, names: readonly string[]) =>
  names.filter((name) => register.fields.find((f) => f.name === name)?.type === 'relation');

/**
 * The query of the register table as the panel sends it (Refine's useTable through our data
 * provider): filters, sort, pagination, populate of the relations among the list columns.
 * withCount is on by default (config/api.ts), so every answer counts its rows.
 */
export const listQuery = (register: RegisterDescription, { filters, sort }: { filters?: object; sort?: string } = {}) => ({
  ...(filters ? { filters } : {}),
  sort: [sort ?? `${register.defaultSort.field}:${register.defaultSort.order}`],
  pagination: { page: 1, pageSize: PAGE_SIZE },
  populate: relationsIn(register, register.listFields),
});

/** A status column filter: the table's enum filters send `in` (mapped to `$in`). */
export const statusFilter = (status: string) => ({ status: { $in: [status] } });

/** `unit.code` filters through the relation: { unit: { code: condition } } (as the panel maps it). */
const onPath = (path: string, condition: object): object =>
  path.split('.').reduceRight<object>((inner, key) => ({ [key]: inner }), condition);

/** The quick search box: `$or` of `$containsi` over the register's search fields. */
export const quickSearchFilter = (register: RegisterDescription, text: string) => ({
  $or: register.searchFields.map((field) => onPath(field, { $containsi: text })),
});

/** A relation filter by the related record's documentId (department column, department heads' scope). */
export const relationFilter = (field: string, documentId: string) => onPath(`${field}.documentId`, { $eq: documentId });

/**
 * Fast intake's lookup of a caller's earlier reports (admin/src/routes/intake/use-caller-lookup.ts):
 * the newest five by phone, or by phone or the chosen unit, with only the summary's fields.
 */
export const callerLookup = ({ phone, unit }: { phone: string; unit?: string }) => ({
  filters: { $or: [{ residentPhone: { $eq: phone } }, ...(unit ? [onPath('unit.documentId', { $eq: unit })] : [])] },
  sort: ['receivedAt:desc'],
  pagination: { page: 1, pageSize: 5 },
  fields: ['number', 'receivedAt', 'kind', 'status', 'description'],
});
