import { createHmac, timingSafeEqual } from 'crypto';

/** Where signed links point: this plugin's content-API route. */
export const FILES_ROUTE = '/api/files';

/**
 * Expiry is rounded up to a window so a record read twice in a few minutes names its files with
 * the same URL: the browser shows the cached photo instead of downloading it again.
 */
export const EXPIRY_WINDOW_SECONDS = 300;

/** A stored file's name (Strapi's hash and extension): one path segment, never a way out of the folder. */
export const isStoredName = (name: unknown): name is string =>
  typeof name === 'string' && name.length > 0 && name.length <= 255 && !name.startsWith('.') && !/[/\\\0]/.test(name);

/** The HMAC key of file links, kept apart from other uses of the same server secret. */
export const linkKey = (secret: string): Buffer => createHmac('sha256', secret).update('wuyedesk:file-links').digest();

const signatureOf = (key: Buffer, name: string, expires: number) =>
  createHmac('sha256', key).update(`${name}\n${expires}`).digest('base64url');

export const signedPath = ({ name, key, ttlSeconds, now }: { name: string; key: Buffer; ttlSeconds: number; now: number }): string => {
  const expires = Math.ceil((Math.floor(now / 1000) + ttlSeconds) / EXPIRY_WINDOW_SECONDS) * EXPIRY_WINDOW_SECONDS;
  return `${FILES_ROUTE}/${encodeURIComponent(name)}?expires=${expires}&signature=${signatureOf(key, name, expires)}`;
};

export type LinkVerdict = 'valid' | 'invalid' | 'expired';

/** The signature is checked before the expiry: only a link this server issued is ever called expired. */
export const verifyLink = ({
  name,
  expires,
  signature,
  key,
  now,
}: {
  name: unknown;
  expires: unknown;
  signature: unknown;
  key: Buffer;
  now: number;
}): LinkVerdict => {
  if (!isStoredName(name) || typeof expires !== 'string' || !/^\d{1,12}$/.test(expires) || typeof signature !== 'string') return 'invalid';
  const expected = Buffer.from(signatureOf(key, name, Number(expires)));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  return Number(expires) * 1000 <= now ? 'expired' : 'valid';
};
