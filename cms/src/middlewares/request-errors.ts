import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

type Locale = 'zh-CN' | 'en';

/** What the body parser (koa-body → co-body → raw-body, bourne) throws, by what went wrong. */
interface BodyParserError extends Error {
  status?: number;
  type?: string;
  limit?: number;
  body?: unknown;
}

const MESSAGES = {
  INVALID_JSON: { 'zh-CN': '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  FORBIDDEN_KEY: { 'zh-CN': '请求体含有不允许的键（__proto__ 或 constructor.prototype）', en: 'The request body contains a forbidden key (__proto__ or constructor.prototype)' },
  BODY_TOO_LARGE: { 'zh-CN': '请求体过大（上限 {limit}）', en: 'The request body is too large (limit {limit})' },
  BAD_ENCODING: { 'zh-CN': '请求体的编码无法识别', en: 'The request body\'s encoding is not supported' },
  UNSUPPORTED_MEDIA_TYPE: { 'zh-CN': '请求体必须是 JSON（Content-Type: application/json）', en: 'The request body must be JSON (Content-Type: application/json)' },
  BODY_ABORTED: { 'zh-CN': '请求体未完整送达', en: 'The request body did not arrive complete' },
} as const;

type Code = keyof typeof MESSAGES;

const codeOf = (error: BodyParserError): Code | null => {
  if (error.type === 'entity.too.large') return 'BODY_TOO_LARGE';
  if (error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') return 'BAD_ENCODING';
  if (error.type === 'request.aborted' || error.type === 'request.size.invalid') return 'BODY_ABORTED';
  // co-body marks a failed parse with status 400 and the raw text as `body`.
  if (error instanceof SyntaxError && error.status === 400 && 'body' in error) {
    return /prototype property/.test(error.message) ? 'FORBIDDEN_KEY' : 'INVALID_JSON';
  }
  return null;
};

const localeOf = (ctx: Context): Locale => (/^en\b/i.test(ctx.get('accept-language') ?? '') ? 'en' : 'zh-CN');

const sizeOf = (bytes: number | undefined) =>
  bytes === undefined ? '?' : bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;

/**
 * A body that cannot be read (bad JSON, a prototype key, too large) is the sender's mistake: a
 * 400/413 with `details.code` in the person's language, logged at warn without a stack trace.
 * Strapi's own errors middleware answers these in English and logs each as a server error.
 * Sits between `strapi::errors` and `strapi::body`.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    // A body the parser would skip (XML, plain text) must not pass as "no input" to an action.
    if (ctx.path.startsWith('/api/') && ['POST', 'PUT', 'PATCH'].includes(ctx.method) && ctx.request.length && !ctx.is('json', 'urlencoded', 'multipart')) {
      const message = MESSAGES.UNSUPPORTED_MEDIA_TYPE[localeOf(ctx)];
      strapi.log.warn(`[request] ${ctx.method} ${ctx.path}: UNSUPPORTED_MEDIA_TYPE (${ctx.get('content-type') || 'none'})`);
      ctx.status = 415;
      ctx.body = { data: null, error: { status: 415, name: 'UnsupportedMediaTypeError', message, details: { code: 'UNSUPPORTED_MEDIA_TYPE' } } };
      return;
    }
    try {
      await next();
    } catch (error) {
      const code = error instanceof Error ? codeOf(error as BodyParserError) : null;
      if (!code) throw error;
      const message = MESSAGES[code][localeOf(ctx)].replace('{limit}', sizeOf((error as BodyParserError).limit));
      strapi.log.warn(`[request] ${ctx.method} ${ctx.path}: ${code} (${(error as Error).message})`);
      if (code === 'BODY_TOO_LARGE') throw new errors.PayloadTooLargeError(message, { code });
      throw new errors.ValidationError(message, { code });
    }
  };
