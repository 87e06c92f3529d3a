import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context, Next } from 'koa';

export const LOGIN_ATTEMPT_UID = 'plugin::users-permissions.login-attempt';
export const LOGIN_ATTEMPTS_TABLE = 'wd_login_attempts';

/**
 * One counter per bucket ("addr:<ip>", "user:<id>", "name:<identifier>") in the database, so
 * every instance on one database counts together. Its window starts at the bucket's first
 * attempt (no clock alignment): the upsert either starts a new window or adds one, atomically.
 */
export const loginAttemptContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: LOGIN_ATTEMPTS_TABLE,
    info: { singularName: 'login-attempt', pluralName: 'login-attempts', displayName: 'Login attempt' },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
    attributes: {
      bucket: { type: 'string', required: true, maxLength: 255 },
      hits: { type: 'integer', required: true },
      windowStart: { type: 'biginteger', required: true },
    },
    // The upsert needs a real unique index: Strapi checks `unique` in application code only.
    indexes: [{ name: `${LOGIN_ATTEMPTS_TABLE}_bucket_key`, columns: ['bucket'], type: 'unique' }],
  },
};

export interface LoginLimitConfig {
  /** Window length in ms. */
  interval: number;
  /** Attempts per account per window (LOGIN_RATE_LIMIT). */
  max: number;
  /** Attempts per client address per window: a whole office shares one address. */
  perAddressMax: number;
}

/** The account an auth request is about, as its request names it (the body never decides the address). */
export const accountNamed = (path: string, body: unknown): string | null => {
  const value = (key: string) => {
    const v = body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
    return typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : null;
  };
  if (/\/auth\/local\/?$/.test(path)) return value('identifier');
  if (/\/auth\/(forgot-password|send-email-confirmation)\/?$/.test(path)) return value('email');
  return null;
};

const MESSAGES = {
  'zh-CN': '尝试次数过多，请{seconds}秒后再试',
  en: 'Too many attempts; try again in {seconds} seconds',
};

/**
 * Counts one attempt in each bucket and answers how many the bucket holds in its current window.
 * `insert … on conflict do update … returning` is atomic on SQLite (3.35+) and PostgreSQL alike.
 */
export const countAttempt = async (strapi: Core.Strapi, bucket: string, { now, interval }: { now: number; interval: number }) => {
  const cutoff = now - interval;
  const t = LOGIN_ATTEMPTS_TABLE;
  const result = (await strapi.db.connection.raw(
    `insert into ${t} (bucket, hits, window_start) values (?, 1, ?)
     on conflict (bucket) do update set
       hits = case when ${t}.window_start <= ? then 1 else ${t}.hits + 1 end,
       window_start = case when ${t}.window_start <= ? then ? else ${t}.window_start end
     returning hits, window_start`,
    [bucket, now, cutoff, cutoff, now],
  )) as { rows?: Array<{ hits: number | string; window_start: number | string }> } | Array<{ hits: number | string; window_start: number | string }>;
  const row = (Array.isArray(result) ? result : result.rows ?? [])[0];
  return { hits: Number(row?.hits ?? 0), windowStart: Number(row?.window_start ?? now) };
};

/** Old windows are of no use; swept now and then rather than on every attempt. */
const sweep = (strapi: Core.Strapi, { now, interval }: { now: number; interval: number }) =>
  strapi.db.connection(LOGIN_ATTEMPTS_TABLE).where('window_start', '<=', now - interval).delete();

/**
 * Replaces users-permissions' in-memory `rateLimit` (one count per process, per address only):
 * each attempt counts against the client address (generous: an office behind one address) and
 * against the account it names (strict), in the database, so several instances share the count.
 */
export const loginLimit = (_routeConfig: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    const config = strapi.config.get('plugin::users-permissions.ratelimit') as Partial<LoginLimitConfig> & { enabled?: boolean } | undefined;
    if (config?.enabled === false) return next();
    const interval = Number(config?.interval ?? 60_000);
    const max = Number(config?.max ?? 10);
    const perAddressMax = Number(config?.perAddressMax ?? max * 30);
    const now = Date.now();
    const checks: Array<{ bucket: string; max: number }> = [{ bucket: `addr:${ctx.request.ip}`, max: perAddressMax }];
    const account = accountNamed(ctx.request.path, ctx.request.body);
    if (account) {
      const user = (await strapi.db.query('plugin::users-permissions.user').findOne({
        // As users-permissions' login looks it up: the username as typed, the e-mail in lower case.
        where: { $or: [{ username: account }, { email: account.toLowerCase() }] },
        select: ['id'],
      })) as { id: number } | null;
      checks.push({ bucket: user ? `user:${user.id}` : `name:${account.toLowerCase()}`, max });
    }
    if (Math.random() < 0.02) await sweep(strapi, { now, interval });
    for (const check of checks) {
      const { hits, windowStart } = await countAttempt(strapi, check.bucket, { now, interval });
      if (hits > check.max) {
        const seconds = Math.max(1, Math.ceil((windowStart + interval - now) / 1000));
        ctx.set('Retry-After', String(seconds));
        const locale = /^en\b/i.test(ctx.get('accept-language') ?? '') ? 'en' : 'zh-CN';
        throw new errors.RateLimitError(MESSAGES[locale].replace('{seconds}', String(seconds)), {
          code: 'LOGIN_RATE_LIMITED',
          retryAfter: seconds,
        });
      }
    }
    return next();
  };
