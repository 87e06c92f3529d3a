import { unexpectedResponse } from './errors';
import { isRecord } from './guards';
import { toRefineRecords } from './records';

export interface Page {
  records: unknown[];
  total: number;
  pageCount: number;
}

/** Reads `{ data: [...], meta: { pagination } }`, records already given `id := documentId`. */
export function readPage(body: unknown, locale: string): Page {
  if (!isRecord(body) || !Array.isArray(body.data)) throw unexpectedResponse(locale);
  const records = body.data;
  const pagination = isRecord(body.meta) && isRecord(body.meta.pagination) ? body.meta.pagination : {};
  return {
    records: toRefineRecords(records),
    total: typeof pagination.total === 'number' ? pagination.total : records.length,
    pageCount: typeof pagination.pageCount === 'number' ? pagination.pageCount : 1,
  };
}

/** The `data` of a `{ data }` envelope; anything else is not a Strapi answer. */
export function readData(body: unknown, locale: string): unknown {
  if (!isRecord(body) || !('data' in body)) throw unexpectedResponse(locale);
  return body.data;
}
