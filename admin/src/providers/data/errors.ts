import type { HttpError, ValidationErrors } from '@refinedev/core';
import { isRecord } from './guards';

interface ClientMessages {
  network: string;
  noDelete: string;
  unexpectedResponse: string;
  failed: (status: number) => string;
}

// Errors raised in the browser (not by Strapi) still reach the user through
// Refine's notifications, so they follow the UI language.
const MESSAGES: Record<'zh-CN' | 'en', ClientMessages> = {
  'zh-CN': {
    network: '网络错误：无法连接服务器。',
    noDelete: '本系统不删除任何记录。',
    unexpectedResponse: '服务器返回了无法识别的响应。',
    failed: (status) => `请求失败（状态码 ${status}）。`,
  },
  en: {
    network: 'Network error: the server could not be reached.',
    noDelete: 'Records are never deleted in WuyeDesk.',
    unexpectedResponse: 'The server sent an unexpected response.',
    failed: (status) => `Request failed with status ${status}.`,
  },
};

function messagesFor(locale: string): ClientMessages {
  return locale.toLowerCase().startsWith('zh') ? MESSAGES['zh-CN'] : MESSAGES.en;
}

/** Maps a Strapi error body `{ error: { message, details } }` to Refine's HttpError. */
export function httpErrorFromResponse(status: number, body: unknown, locale: string): HttpError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const message =
    typeof error?.message === 'string' && error.message !== ''
      ? error.message
      : messagesFor(locale).failed(status);
  const errors = validationErrors(error?.details);
  // The server's SCREAMING_SNAKE code (TRANSITION_NOT_ALLOWED, RECORD_CHANGED…) lets the
  // panel react to a kind of refusal without parsing a translated message.
  const code = isRecord(error?.details) && typeof error.details.code === 'string' ? error.details.code : undefined;
  return { statusCode: status, message, ...(errors ? { errors } : {}), ...(code ? { code } : {}) };
}

/**
 * Strapi's ValidationError lists `{ path: ['unit', 'code'], message }`; Refine's
 * antd forms split the keys on '.' to find the field, so paths are joined with '.'.
 */
function validationErrors(details: unknown): ValidationErrors | undefined {
  if (!isRecord(details) || !Array.isArray(details.errors)) return undefined;
  const byField: Record<string, string[]> = {};
  for (const item of details.errors) {
    if (!isRecord(item) || typeof item.message !== 'string' || !Array.isArray(item.path)) continue;
    const field = item.path.map(String).join('.');
    // A path-less error belongs to no field; its text is already in `message`.
    if (field === '') continue;
    (byField[field] ??= []).push(item.message);
  }
  return Object.keys(byField).length > 0 ? byField : undefined;
}

/** Status 0 is what browsers report for requests that never got an answer. */
export function networkError(locale: string): HttpError {
  return { statusCode: 0, message: messagesFor(locale).network };
}

export function deleteRefused(locale: string): HttpError {
  return { statusCode: 405, message: messagesFor(locale).noDelete };
}

/**
 * A 2xx answer that is not the JSON Strapi sends (an HTML fallback page, a
 * proxy misroute): reported as 502, an invalid answer from upstream.
 */
export function unexpectedResponse(locale: string): HttpError {
  return { statusCode: 502, message: messagesFor(locale).unexpectedResponse };
}
