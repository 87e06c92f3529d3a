import type {
  BaseRecord,
  GetListParams,
  GetListResponse,
  GetManyParams,
  GetManyResponse,
  GetOneParams,
  GetOneResponse,
  MetaQuery,
} from '@refinedev/core';
import { mapFilters } from './filters';
import { definedEntries, type JsonRecord } from './guards';
import { recordPath, type HttpClient } from './http';
import { mapSorters, metaHeaders, metaQuery, metaSignal } from './meta';
import { toRefineRecord } from './records';
import { readData, readPage, type Page } from './responses';

/** Strapi's default `api.rest.maxLimit`: larger page sizes are silently capped. */
export const MAX_PAGE_SIZE = 100;

// Refine's own defaults, for callers that pass no pagination.
const DEFAULT_PAGE = 1;
const DEFAULT_PAGE_SIZE = 10;

// Refine's method signatures are generic in TData while the records are only
// known to be JSON, so each method asserts the caller's TData once, here.

export function createReads(http: HttpClient) {
  async function fetchPage(
    resource: string,
    meta: MetaQuery | undefined,
    query: JsonRecord,
    pagination: { page: number; pageSize: number },
  ): Promise<Page> {
    const body = await http.request({
      method: 'GET',
      url: resource,
      query: { ...query, pagination, ...metaQuery(meta) },
      headers: metaHeaders(meta),
      signal: metaSignal(meta),
    });
    return readPage(body, http.locale());
  }

  const getList = async <TData extends BaseRecord = BaseRecord>({
    resource,
    pagination,
    sorters,
    filters,
    meta,
  }: GetListParams): Promise<GetListResponse<TData>> => {
    const query = definedEntries({ filters: mapFilters(filters), sort: mapSorters(sorters) });
    if ((pagination?.mode ?? 'server') === 'server') {
      const page = await fetchPage(resource, meta, query, {
        page: pagination?.currentPage ?? DEFAULT_PAGE,
        pageSize: pagination?.pageSize ?? DEFAULT_PAGE_SIZE,
      });
      return { data: page.records as TData[], total: page.total };
    }
    // 'off' and 'client' both want every record, and Strapi caps a page at
    // MAX_PAGE_SIZE, so walk the pages one after another until pageCount.
    const records: unknown[] = [];
    let pageCount = 1;
    for (let page = 1; page <= pageCount; page += 1) {
      const result = await fetchPage(resource, meta, query, { page, pageSize: MAX_PAGE_SIZE });
      records.push(...result.records);
      pageCount = result.pageCount;
    }
    return { data: records as TData[], total: records.length };
  };

  const getMany = async <TData extends BaseRecord = BaseRecord>({
    resource,
    ids,
    meta,
  }: GetManyParams): Promise<GetManyResponse<TData>> => {
    const records: unknown[] = [];
    // Strapi parses at most 100 items of one query array and serves at most 100 per page.
    for (const chunk of chunks(ids.map(String), MAX_PAGE_SIZE)) {
      const filters = { documentId: { $in: chunk } };
      const page = await fetchPage(resource, meta, { filters }, { page: 1, pageSize: chunk.length });
      records.push(...page.records);
    }
    return { data: records as TData[] };
  };

  const getOne = async <TData extends BaseRecord = BaseRecord>({
    resource,
    id,
    meta,
  }: GetOneParams): Promise<GetOneResponse<TData>> => {
    const body = await http.request({
      method: 'GET',
      url: recordPath(resource, id),
      query: metaQuery(meta),
      headers: metaHeaders(meta),
      signal: metaSignal(meta),
    });
    return { data: toRefineRecord(readData(body, http.locale())) as TData };
  };

  return { getList, getMany, getOne };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
