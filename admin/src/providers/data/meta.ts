import type { CrudSort, MetaQuery } from '@refinedev/core';
import type { JsonRecord } from './guards';
import { toHeaderRecord } from './http';

/** The query keys taken from `meta`: Strapi's `populate` and `fields`. */
export function metaQuery(meta: MetaQuery | undefined): JsonRecord {
  const query: JsonRecord = {};
  const populate: unknown = meta?.populate;
  const fields: unknown = meta?.fields;
  if (populate !== undefined) query.populate = populate;
  if (fields !== undefined) query.fields = fields;
  return query;
}

export function metaHeaders(meta: MetaQuery | undefined): Record<string, string> {
  return toHeaderRecord(meta?.headers);
}

/** `meta.mediaFields`, ignoring anything that is not a list of names. */
export function metaMediaFields(meta: MetaQuery | undefined): string[] {
  const fields: unknown = meta?.mediaFields;
  if (!Array.isArray(fields)) return [];
  return fields.filter((field): field is string => typeof field === 'string');
}

/** Refine hands react-query's AbortSignal over in `meta.queryContext`, so stale queries get cancelled. */
export function metaSignal(meta: MetaQuery | undefined): AbortSignal | undefined {
  const signal: unknown = meta?.queryContext?.signal;
  return signal instanceof AbortSignal ? signal : undefined;
}

/** `[{ field: 'createdAt', order: 'desc' }]` → `['createdAt:desc']`. */
export function mapSorters(sorters: readonly CrudSort[] | undefined): string[] | undefined {
  if (!sorters || sorters.length === 0) return undefined;
  return sorters.map(({ field, order }) => `${field}:${order}`);
}
