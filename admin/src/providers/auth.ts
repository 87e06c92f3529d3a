import type { AuthProvider } from '@refinedev/core';
import { isHttpError, requestJson, type FetchLike } from './http';
import type { Translate } from './i18n';
import type { Session } from './session';
import type { TokenStore } from './token-store';

export interface LoginParams {
  username: string;
  password: string;
}

export interface Identity {
  id: number;
  name: string;
  username: string;
  role: string;
  department: string | null;
}

const statusOf = (error: unknown): number => (isHttpError(error) ? error.statusCode : 0);

export const createAuthProvider = ({
  apiUrl,
  fetch,
  tokenStore,
  session,
  translate,
}: {
  apiUrl: string;
  fetch: FetchLike;
  tokenStore: TokenStore;
  session: Session;
  /** Reads the current language at call time: these messages are built outside React. */
  translate: () => Translate;
}): AuthProvider => ({
  login: async ({ username, password }: LoginParams) => {
    try {
      const { jwt } = await requestJson<{ jwt: string }>({
        fetch,
        url: `${apiUrl}/auth/local`,
        method: 'POST',
        body: { identifier: username, password },
      });
      tokenStore.set(jwt);
      session.reset();
      await session.load();
      return { success: true, redirectTo: '/' };
    } catch (error) {
      const t = translate();
      const status = statusOf(error);
      const message =
        status === 400 || status === 401
          ? t('login.invalidCredentials')
          : status === 0
            ? t('login.unreachable')
            : isHttpError(error)
              ? error.message
              : t('login.failed');
      return { success: false, error: { name: t('login.failed'), message } };
    }
  },
  logout: async () => {
    tokenStore.clear();
    session.reset();
    return { success: true, redirectTo: '/login' };
  },
  check: async () => {
    if (!tokenStore.get()) return { authenticated: false, redirectTo: '/login', logout: true };
    try {
      await session.load();
      return { authenticated: true };
    } catch (error) {
      const refused = statusOf(error) === 401;
      return {
        authenticated: false,
        redirectTo: '/login',
        logout: refused,
        error: isHttpError(error) ? { name: String(error.statusCode), message: error.message } : undefined,
      };
    }
  },
  // Refine routes every failed data call here: an expired or revoked token signs the user out.
  onError: async (error: unknown) => {
    if (statusOf(error) === 401) return { logout: true, redirectTo: '/login' };
    return {};
  },
  getIdentity: async (): Promise<Identity | null> => {
    if (!tokenStore.get()) return null;
    const { user } = await session.load();
    return {
      id: user.id,
      name: user.fullName || user.username,
      username: user.username,
      role: user.role,
      department: user.department?.name ?? null,
    };
  },
  getPermissions: async () => {
    if (!tokenStore.get()) return null;
    const { user } = await session.load();
    return user.role;
  },
});
