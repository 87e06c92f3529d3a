import type { HttpError } from '@refinedev/core';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

interface StrapiErrorBody {
  error?: { status?: number; message?: string; details?: { code?: string } };
}

/** Network failures get status 0 so callers can tell "unreachable" from "refused". */
export const toHttpError = async (response: Response | null, cause?: unknown): Promise<HttpError> => {
  if (!response) {
    return { statusCode: 0, message: cause instanceof Error ? cause.message : String(cause) };
  }
  const body = (await response.json().catch(() => ({}))) as StrapiErrorBody;
  return {
    statusCode: response.status,
    message: body.error?.message ?? response.statusText,
    code: body.error?.details?.code,
  };
};

/** JSON over fetch with an optional bearer token; throws a Refine HttpError on failure. */
export const requestJson = async <T>({
  fetch,
  url,
  token,
  method = 'GET',
  body,
}: {
  fetch: FetchLike;
  url: string;
  token?: string | null;
  method?: 'GET' | 'POST';
  body?: unknown;
}): Promise<T> => {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (cause) {
    throw await toHttpError(null, cause);
  }
  if (!response.ok) throw await toHttpError(response);
  return (await response.json()) as T;
};

export const isHttpError = (value: unknown): value is HttpError =>
  typeof value === 'object' && value !== null && typeof (value as HttpError).statusCode === 'number';
