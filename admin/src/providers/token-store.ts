const STORAGE_KEY = 'wuyedesk.jwt';

export interface TokenStore {
  get: () => string | null;
  set: (token: string) => void;
  clear: () => void;
}

/** The Strapi JWT lives in localStorage so a reload keeps the session. */
export const createTokenStore = (storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): TokenStore => ({
  get: () => storage.getItem(STORAGE_KEY),
  set: (token) => storage.setItem(STORAGE_KEY, token),
  clear: () => storage.removeItem(STORAGE_KEY),
});
