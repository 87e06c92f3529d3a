import type { AccessControlProvider, AuthProvider, DataProvider } from '@refinedev/core';
import { createAccessControlProvider } from './providers/access-control';
import { createAuthProvider } from './providers/auth';
import { createDataProvider } from './providers/data';
import type { FetchLike } from './providers/http';
import { translateIn } from './providers/i18n';
import type { LocaleStore } from './providers/locale-store';
import { createSession, type Session } from './providers/session';
import { createAssetUrl, type ApiConfig } from './providers/session-context';
import { createTokenStore, type TokenStore } from './providers/token-store';

export interface AppServices {
  api: ApiConfig;
  tokenStore: TokenStore;
  session: Session;
  authProvider: AuthProvider;
  dataProvider: DataProvider;
  accessControlProvider: AccessControlProvider;
}

/** Wires the providers once, outside React, around one token store and one session. */
export const createAppServices = ({
  apiUrl,
  origin,
  storage,
  localeStore,
  fetch,
}: {
  apiUrl: string;
  origin: string;
  storage: Storage;
  localeStore: LocaleStore;
  fetch: FetchLike;
}): AppServices => {
  const tokenStore = createTokenStore(storage);
  const session = createSession({ apiUrl, tokenStore, fetch });
  return {
    api: { apiUrl, getToken: tokenStore.get, assetUrl: createAssetUrl(apiUrl, origin) },
    tokenStore,
    session,
    authProvider: createAuthProvider({
      apiUrl,
      fetch,
      tokenStore,
      session,
      translate: () => translateIn(localeStore.get()),
    }),
    dataProvider: createDataProvider({
      apiUrl,
      getToken: tokenStore.get,
      getLocale: localeStore.get,
      fetch,
      // Form types' entries are served by the forms plugin: their register names the path.
      resolvePath: (resource) => {
        const snapshot = session.getSnapshot();
        const register = snapshot.status === 'ready' ? snapshot.data.registers.find((r) => r.pluralName === resource) : undefined;
        return register?.apiPath ?? resource;
      },
    }),
    accessControlProvider: createAccessControlProvider(session),
  };
};
