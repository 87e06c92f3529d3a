import { EXPIRY_WINDOW_SECONDS, isStoredName, linkKey, signedPath, verifyLink } from '../signing';

const key = linkKey('a-server-secret-of-some-length');
const NOW = Date.parse('2026-12-04T08:01:00Z');

const parts = (path: string) => {
  const url = new URL(path, 'http://x');
  return {
    name: decodeURIComponent(url.pathname.replace('/api/files/', '')),
    expires: url.searchParams.get('expires') ?? undefined,
    signature: url.searchParams.get('signature') ?? undefined,
  };
};

describe('signed file links', () => {
  it('verifies a link it signed until it expires', () => {
    const link = parts(signedPath({ name: 'leak_3f9a1b2c4d.jpg', key, ttlSeconds: 3600, now: NOW }));
    expect(verifyLink({ ...link, key, now: NOW })).toBe('valid');
    expect(verifyLink({ ...link, key, now: NOW + 3600_000 + EXPIRY_WINDOW_SECONDS * 1000 })).toBe('expired');
  });

  it('rounds the expiry up to a window, so a record read twice names its files with one URL', () => {
    const first = signedPath({ name: 'a_1.png', key, ttlSeconds: 3600, now: NOW });
    expect(signedPath({ name: 'a_1.png', key, ttlSeconds: 3600, now: NOW + 1000 })).toBe(first);
    expect(Number(parts(first).expires) % EXPIRY_WINDOW_SECONDS).toBe(0);
    expect(Number(parts(first).expires) * 1000).toBeGreaterThanOrEqual(NOW + 3600_000);
  });

  it('refuses a link whose name, expiry or signature was changed', () => {
    const link = parts(signedPath({ name: 'letter_aa.pdf', key, ttlSeconds: 3600, now: NOW }));
    expect(verifyLink({ ...link, name: 'letter_ab.pdf', key, now: NOW })).toBe('invalid');
    expect(verifyLink({ ...link, expires: String(Number(link.expires) + 300), key, now: NOW })).toBe('invalid');
    expect(verifyLink({ ...link, signature: `${link.signature}x`, key, now: NOW })).toBe('invalid');
    expect(verifyLink({ ...link, signature: undefined, key, now: NOW })).toBe('invalid');
    expect(verifyLink({ ...link, key: linkKey('another-secret-of-some-length'), now: NOW })).toBe('invalid');
  });

  it('calls an expired link expired only when the server signed it', () => {
    const old = parts(signedPath({ name: 'a_1.png', key, ttlSeconds: 60, now: NOW - 7200_000 }));
    expect(verifyLink({ ...old, key, now: NOW })).toBe('expired');
    expect(verifyLink({ ...old, signature: 'forged', key, now: NOW })).toBe('invalid');
  });

  it.each(['', '.env', '../data/wuyedesk.db', 'a/b.png', 'a\\b.png', 'a\0.png', 'x'.repeat(256)])('never names a way out of the folder: %j', (name) => {
    expect(isStoredName(name)).toBe(false);
  });

  it('accepts the names Strapi gives stored files and their formats', () => {
    expect(isStoredName('leak_3f9a1b2c4d.jpg')).toBe(true);
    expect(isStoredName('thumbnail_leak_3f9a1b2c4d.jpg')).toBe(true);
  });
});
