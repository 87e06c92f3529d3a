import type { BaseRecord, CustomParams, CustomResponse } from '@refinedev/core';
import { mapFilters } from './filters';
import { definedEntries, isRecord } from './guards';
import { toHeaderRecord, type HttpClient, type HttpMethod } from './http';
import { mapSorters, metaHeaders, metaSignal } from './meta';
import { toRefineRecord, toRefineRecords } from './records';

const METHODS: Record<CustomParams['method'], HttpMethod> = {
  get: 'GET',
  delete: 'DELETE',
  head: 'HEAD',
  options: 'OPTIONS',
  post: 'POST',
  put: 'PUT',
  patch: 'PATCH',
};

/**
 * Refine's `custom`, used for workflow actions and history. `payload` is sent
 * exactly as given, so callers wrap it in `{ data }` as Strapi expects. A
 * `{ data }` answer is unwrapped with `id := documentId` on its records; any
 * other JSON comes back as `data` unchanged.
 */
export function createCustom(http: HttpClient) {
  return async <TData extends BaseRecord = BaseRecord, TQuery = unknown, TPayload = unknown>({
    url,
    method,
    payload,
    query,
    headers,
    filters,
    sorters,
    meta,
  }: CustomParams<TQuery, TPayload>): Promise<CustomResponse<TData>> => {
    const body = await http.request({
      method: METHODS[method],
      url,
      query: {
        ...definedEntries({ filters: mapFilters(filters), sort: mapSorters(sorters) }),
        ...(isRecord(query) ? query : {}),
      },
      body: payload,
      headers: { ...metaHeaders(meta), ...toHeaderRecord(headers) },
      signal: metaSignal(meta),
    });
    if (!isRecord(body) || !('data' in body)) return { data: body as TData };
    const data = Array.isArray(body.data) ? toRefineRecords(body.data) : toRefineRecord(body.data);
    const response: CustomResponse<TData> & { meta?: unknown } = { data: data as TData };
    // Keep Strapi's `meta` (pagination of a custom list) next to the data.
    if (body.meta !== undefined) response.meta = body.meta;
    return response;
  };
}
