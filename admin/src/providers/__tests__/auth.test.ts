import { builtIn, permitted } from '../../test/fixtures';
import { createAuthProvider } from '../auth';
import { translateIn } from '../i18n';
import { createSession } from '../session';
import { createTokenStore } from '../token-store';

const ME = { id: 3, username: 'desk1', fullName: '李静', email: 'desk1@example.cn', role: 'staff', capabilities: ['statistics.read'], department: null };
const REGISTERS = [permitted(builtIn('complaints'), ['read', 'create', 'update', 'act'])];

type Route = (init: RequestInit | undefined) => { status: number; body: unknown };

/** A CMS double answering the three endpoints the shell calls. */
const fakeCms = (routes: Record<string, Route>) => {
  const calls: string[] = [];
  const fetch = async (url: string, init?: RequestInit) => {
    calls.push(`${init?.method ?? 'GET'} ${url}`);
    const route = routes[url];
    const { status, body } = route ? route(init) : { status: 404, body: { error: { status: 404, message: 'Not Found' } } };
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { fetch, calls };
};

const signedIn: Record<string, Route> = {
  '/api/auth/local': () => ({ status: 200, body: { jwt: 'jwt-1', user: { id: 3 } } }),
  '/api/records/me': (init) =>
    new Headers(init?.headers).get('Authorization') === 'Bearer jwt-1'
      ? { status: 200, body: { data: ME } }
      : { status: 401, body: { error: { status: 401, message: 'Unauthorized' } } },
  '/api/records/registers': () => ({ status: 200, body: { data: REGISTERS } }),
};

const setup = (routes: Record<string, Route>, token: string | null = null) => {
  const storage = new Map<string, string>();
  const tokenStore = createTokenStore({
    getItem: (k) => storage.get(k) ?? null,
    setItem: (k, v) => void storage.set(k, v),
    removeItem: (k) => void storage.delete(k),
  });
  if (token) tokenStore.set(token);
  const cms = fakeCms(routes);
  const session = createSession({ apiUrl: '/api', tokenStore, fetch: cms.fetch });
  const auth = createAuthProvider({ apiUrl: '/api', fetch: cms.fetch, tokenStore, session, translate: () => translateIn('zh-CN') });
  return { auth, tokenStore, session, cms };
};

describe('auth provider', () => {
  it('signs in with username or email as Strapi’s identifier and keeps the token', async () => {
    const { auth, tokenStore, cms } = setup(signedIn);
    await expect(auth.login({ username: 'desk1', password: 'secret' })).resolves.toMatchObject({ success: true, redirectTo: '/' });
    expect(tokenStore.get()).toBe('jwt-1');
    expect(cms.calls).toContain('POST /api/auth/local');
  });

  it('loads the user and their registers as part of signing in', async () => {
    const { auth, session } = setup(signedIn);
    await auth.login({ username: 'desk1', password: 'secret' });
    expect(session.getSnapshot()).toMatchObject({ status: 'ready', data: { user: ME, registers: REGISTERS } });
  });

  it('says so in Chinese when the password is wrong', async () => {
    const { auth, tokenStore } = setup({
      '/api/auth/local': () => ({ status: 400, body: { error: { status: 400, message: 'Invalid identifier or password' } } }),
    });
    const result = await auth.login({ username: 'desk1', password: 'wrong' });
    expect(result).toMatchObject({ success: false, error: { message: '用户名或密码错误' } });
    expect(tokenStore.get()).toBeNull();
  });

  it('keeps a session across a reload: a stored token is checked against /records/me', async () => {
    const { auth } = setup(signedIn, 'jwt-1');
    await expect(auth.check()).resolves.toEqual({ authenticated: true });
  });

  it('signs out and forgets a token the server refuses', async () => {
    const { auth, tokenStore } = setup(signedIn, 'expired');
    await expect(auth.check()).resolves.toMatchObject({ authenticated: false, logout: true, redirectTo: '/login' });
    expect(tokenStore.get()).toBeNull();
  });

  it('logs out on a 401 from any data call', async () => {
    const { auth } = setup(signedIn, 'jwt-1');
    await expect(auth.onError({ statusCode: 401, message: 'Unauthorized' })).resolves.toEqual({ logout: true, redirectTo: '/login' });
  });

  it('stays signed in on a 403: the role may not do that one thing', async () => {
    const { auth } = setup(signedIn, 'jwt-1');
    await expect(auth.onError({ statusCode: 403, message: 'Forbidden' })).resolves.toEqual({});
  });

  it('gives the role as permissions and the full name as identity', async () => {
    const { auth } = setup(signedIn, 'jwt-1');
    await expect(auth.getPermissions?.()).resolves.toBe('staff');
    await expect(auth.getIdentity?.()).resolves.toMatchObject({ name: '李静', role: 'staff' });
  });

  it('fetches the session once however many hooks ask', async () => {
    const { auth, cms } = setup(signedIn, 'jwt-1');
    await Promise.all([auth.check(), auth.getIdentity?.(), auth.getPermissions?.()]);
    expect(cms.calls.filter((c) => c.endsWith('/records/me'))).toHaveLength(1);
  });

  it('forgets the token and the session on logout', async () => {
    const { auth, tokenStore, session } = setup(signedIn, 'jwt-1');
    await auth.check();
    await expect(auth.logout({})).resolves.toMatchObject({ success: true, redirectTo: '/login' });
    expect(tokenStore.get()).toBeNull();
    expect(session.getSnapshot()).toEqual({ status: 'signed-out' });
  });
});
