import type { Core } from '@strapi/strapi';
import { summarizeFieldErrors, validateListQuery, type Locale, type RegisterDescription } from '@wuyedesk/contracts';
import { ValidationError } from '../errors';
import { getService } from '../utils/get-service';

/**
 * Refuses a malformed list query (filters, sort, fields, populate, pagination) with a 400 naming
 * the parameter, in the person's language, before Strapi's query layer or a store sees it: those
 * turn some malformed filters into database errors (500s, or an export that stops mid-file).
 * Each problem keeps its parameter as `param` and as a one-element `path`, like a field error.
 */
export const assertValidQuery = ({
  strapi,
  register,
  query,
  locale,
  extraParams,
}: {
  strapi: Core.Strapi;
  register: RegisterDescription;
  query: Record<string, unknown> | undefined;
  locale: Locale;
  extraParams?: readonly string[];
}): void => {
  const registry = getService(strapi, 'registry');
  const problems = validateListQuery({ register, query: query ?? {}, registerOf: (key) => registry.builtIn(key), locale, extraParams });
  if (!problems.length) return;
  throw new ValidationError(summarizeFieldErrors(problems.map((p) => p.message), locale), {
    code: 'INVALID_QUERY',
    param: problems[0].param,
    errors: problems.map((p) => ({ path: [p.param], param: p.param, message: p.message, name: 'ValidationError', code: p.code })),
  });
};

/** A route that takes no query string at all (settings, history): anything in it is a 400. */
export const assertNoQuery = (query: Record<string, unknown> | undefined, locale: Locale, allowed: readonly string[] = []): void => {
  const unknown = Object.keys(query ?? {}).filter((k) => !allowed.includes(k));
  if (!unknown.length) return;
  const message = (k: string) => (locale === 'zh-CN' ? `不支持的查询参数“${k.slice(0, 40)}”` : `Unknown query parameter "${k.slice(0, 40)}"`);
  throw new ValidationError(summarizeFieldErrors(unknown.map(message), locale), {
    code: 'INVALID_QUERY',
    param: unknown[0],
    errors: unknown.map((k) => ({ path: [k], param: k, message: message(k), name: 'ValidationError', code: 'UNKNOWN_PARAMETER' })),
  });
};

/**
 * The `data` of a write request, or a 400: the body is a JSON object whose only key is `data`
 * (`{ notData: … }` or a text body is not "no input"). `optional`: an action may be sent without one.
 */
export const requestData = (ctx: { request: { body?: unknown } }, locale: Locale, { optional = false } = {}): Record<string, unknown> => {
  const body = ctx.request.body;
  const refuse = (code: string, zh: string, en: string) => new ValidationError(locale === 'zh-CN' ? zh : en, { code });
  const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  if (body === undefined || (isObject(body) && Object.keys(body).length === 0)) {
    if (optional) return {};
    throw refuse('MISSING_DATA', '请求体缺少 data 对象', 'The request body needs a "data" object');
  }
  if (!isObject(body)) throw refuse('BAD_BODY', '请求体必须是 JSON 对象 { "data": { … } }', 'The request body must be a JSON object { "data": { … } }');
  const extra = Object.keys(body).filter((k) => k !== 'data');
  if (extra.length) {
    throw refuse('UNKNOWN_BODY_KEY', `请求体只能包含 data，不能包含“${extra[0].slice(0, 40)}”`, `The request body takes only "data", not "${extra[0].slice(0, 40)}"`);
  }
  if (optional && body.data === undefined) return {};
  if (!isObject(body.data)) throw refuse('MISSING_DATA', '请求体缺少 data 对象', 'The request body needs a "data" object');
  return body.data;
};
