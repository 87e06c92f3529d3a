import type { MetaQuery } from '@refinedev/core';
import { createDataProvider } from '../provider';
import type { DataProviderOptions, FetchLike } from '../types';

export const API_URL = 'http://cms.test/api';

export interface RecordedCall {
  url: string;
  method: string | undefined;
  headers: Record<string, string>;
  body: unknown;
  signal: AbortSignal | null | undefined;
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** A Strapi list answer for the given records. */
export function page(
  data: unknown[],
  pagination = { page: 1, pageSize: 10, pageCount: 1, total: data.length },
): Response {
  return json({ data, meta: { pagination } });
}

/** A fetch that answers from a queue and records what it was asked. */
export function createFakeFetch(answers: Array<Response | Error>) {
  const queue = [...answers];
  const calls: RecordedCall[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({
      url,
      method: init.method,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
      signal: init.signal,
    });
    const next = queue.shift();
    // An unplanned request fails loudly with its url in the message.
    if (next === undefined) return json({ error: { message: `fake fetch: nothing queued for ${url}` } }, 599);
    // Checked this way round because DOMException is not an Error of the test realm.
    if (next instanceof Response) return next;
    throw next;
  };
  return { fetch, calls };
}

export function setup(answers: Array<Response | Error>, options: Partial<DataProviderOptions> = {}) {
  const fake = createFakeFetch(answers);
  const provider = createDataProvider({
    apiUrl: API_URL,
    getToken: () => 'jwt-1',
    getLocale: () => 'zh-CN',
    fetch: fake.fetch,
    ...options,
  });
  return { provider, calls: fake.calls };
}

/** Refine passes react-query's whole query context in meta; the provider only reads its signal. */
export function withSignal(signal: AbortSignal): MetaQuery {
  return { queryContext: { signal } as NonNullable<MetaQuery['queryContext']> };
}
