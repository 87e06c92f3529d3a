import type { MetaQuery } from '@refinedev/core';

/** The subset of `fetch` the provider uses, so tests can inject a fake. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface DataProviderOptions {
  /**
   * Strapi REST root, `/api` included: `http://localhost:1337/api`, or `/api`
   * behind a dev proxy. Resource paths and relative `custom` urls are joined to it.
   */
  apiUrl: string;
  /** The JWT of the signed-in user, or null when signed out. */
  getToken: () => string | null;
  /** The UI language (`zh-CN` or `en`), sent as Accept-Language and used for client-side messages. */
  getLocale: () => string;
  /** Defaults to the global fetch, resolved at call time. */
  fetch?: FetchLike;
  /**
   * The REST path of a resource when it is not the resource name (form types' entries live
   * under `forms/entries/<key>`: the register's `apiPath`). Called with the first path segment.
   */
  resolvePath?: (resource: string) => string;
}

/**
 * The `meta` keys this provider understands (Refine passes `meta` through untouched).
 * Every key is optional; pass it as `meta` to any Refine data hook.
 */
export interface StrapiMeta extends MetaQuery {
  /** Strapi `populate`: `'*'`, `['unit', 'department']` or a nested object. */
  populate?: string | string[] | Record<string, unknown>;
  /** Strapi `fields`: the scalar fields to return. */
  fields?: string[];
  /** Extra request headers, merged over the defaults. */
  headers?: Record<string, string>;
  /** Fields holding media (files); on write they are sent as numeric file ids. */
  mediaFields?: string[];
}
