import qs from 'qs';
import { httpErrorFromResponse, networkError, unexpectedResponse } from './errors';
import { isRecord, type JsonRecord } from './guards';
import type { DataProviderOptions, FetchLike } from './types';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

export interface HttpRequest {
  method: HttpMethod;
  /** Relative to apiUrl (`complaints/abc`), or absolute (`https://…`). */
  url: string;
  query?: JsonRecord;
  /** Serialized as JSON when present (ignored for GET and HEAD). */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface HttpClient {
  /** apiUrl without trailing slashes. */
  readonly apiUrl: string;
  /** The current UI language, for messages of errors raised client-side. */
  locale(): string;
  /** Resolves with the parsed JSON body (null when empty); rejects with a Refine HttpError. */
  request(request: HttpRequest): Promise<unknown>;
}

const ABSOLUTE_URL = /^[a-z][a-z\d+.-]*:\/\//i;

export function createHttpClient(options: DataProviderOptions): HttpClient {
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  // Looked up per call so a fetch installed later (polyfill, test spy) is honoured,
  // and called unbound because browsers reject fetch invoked on another object.
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  function headersFor(url: string, extra: Record<string, string> | undefined, hasBody: boolean) {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'accept-language': options.getLocale(),
    };
    const token = options.getToken();
    // The JWT only goes to our own API, never to an absolute url elsewhere.
    if (token && targetsApi(apiUrl, url)) headers.authorization = `Bearer ${token}`;
    if (hasBody) headers['content-type'] = 'application/json';
    // Lower-cased keys let a caller's `Authorization` replace ours instead of doubling it.
    for (const [name, value] of Object.entries(extra ?? {})) headers[name.toLowerCase()] = value;
    return headers;
  }

  /** `form-renovation/abc` → `forms/entries/renovation/abc` when the resource has its own path. */
  function mapResource(url: string): string {
    if (!options.resolvePath || ABSOLUTE_URL.test(url)) return url;
    const [head, ...rest] = url.replace(/^\/+/, '').split('/');
    return [options.resolvePath(head), ...rest].join('/');
  }

  async function request({ method, url, query, body, headers, signal }: HttpRequest) {
    const target = withQuery(resolveUrl(apiUrl, mapResource(url)), query);
    // fetch throws on a GET/HEAD with a body, so a stray payload is dropped there.
    const hasBody = body !== undefined && method !== 'GET' && method !== 'HEAD';
    const init: RequestInit = { method, headers: headersFor(url, headers, hasBody) };
    if (hasBody) init.body = JSON.stringify(body);
    if (signal) init.signal = signal;

    let response: Response;
    let text: string;
    try {
      response = await doFetch(target, init);
      text = await response.text();
    } catch (error) {
      // A cancelled query is not a network failure; react-query expects its own abort back.
      if (signal?.aborted) throw error;
      throw networkError(options.getLocale());
    }

    const parsed = parseJson(text);
    if (!response.ok) {
      throw httpErrorFromResponse(response.status, parsed.ok ? parsed.value : text, options.getLocale());
    }
    if (!parsed.ok) throw unexpectedResponse(options.getLocale());
    return parsed.value;
  }

  return { apiUrl, locale: () => options.getLocale(), request };
}

function targetsApi(apiUrl: string, url: string): boolean {
  return !ABSOLUTE_URL.test(url) || url === apiUrl || url.startsWith(`${apiUrl}/`);
}

/** `complaints` + `abc` → `complaints/abc`, the id encoded. */
export function recordPath(resource: string, id: string | number): string {
  return `${resource}/${encodeURIComponent(String(id))}`;
}

function resolveUrl(apiUrl: string, url: string): string {
  if (ABSOLUTE_URL.test(url)) return url;
  return `${apiUrl}/${url.replace(/^\/+/, '')}`;
}

/** Strapi parses nested brackets; only values are encoded so keys stay readable. */
function withQuery(url: string, query: JsonRecord | undefined): string {
  const search = query ? qs.stringify(query, { encodeValuesOnly: true }) : '';
  if (search === '') return url;
  return `${url}${url.includes('?') ? '&' : '?'}${search}`;
}

type Parsed = { ok: true; value: unknown } | { ok: false };

function parseJson(text: string): Parsed {
  // 204 and other empty answers carry no body.
  if (text.trim() === '') return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Keeps string-valued (and numeric) entries of an untyped headers object. */
export function toHeaderRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const headers: Record<string, string> = {};
  for (const [name, header] of Object.entries(value)) {
    if (typeof header === 'string') headers[name] = header;
    else if (typeof header === 'number') headers[name] = String(header);
  }
  return headers;
}
