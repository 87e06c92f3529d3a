import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { PermittedRegister, Session, SessionSnapshot } from './session';

export interface ApiConfig {
  /** REST root, `/api` included. */
  apiUrl: string;
  getToken: () => string | null;
  /** Files come as signed links (`/api/files/…?expires=…&signature=…`); resolves them against the API's origin. */
  assetUrl: (url: string) => string;
}

interface SessionContextValue {
  session: Session;
  api: ApiConfig;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export const SessionProvider = ({ session, api, children }: SessionContextValue & { children: ReactNode }) => (
  <SessionContext.Provider value={{ session, api }}>{children}</SessionContext.Provider>
);

const useSessionContext = (): SessionContextValue => {
  const value = useContext(SessionContext);
  if (!value) throw new Error('SessionProvider is missing');
  return value;
};

export const useSessionSnapshot = (): SessionSnapshot => {
  const { session } = useSessionContext();
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
};

const NO_REGISTERS: PermittedRegister[] = [];

export const useRegisters = (): PermittedRegister[] => {
  const snapshot = useSessionSnapshot();
  return snapshot.status === 'ready' ? snapshot.data.registers : NO_REGISTERS;
};

export const useCurrentUser = () => {
  const snapshot = useSessionSnapshot();
  return snapshot.status === 'ready' ? snapshot.data.user : null;
};

export const useApiConfig = (): ApiConfig => useSessionContext().api;

export const useSession = (): Session => useSessionContext().session;

/** `/api/files/x.jpg?…` (a signed link) → absolute when the API lives on another origin (VITE_API_URL). */
export const createAssetUrl = (apiUrl: string, origin: string) => (url: string): string => {
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(url)) return url;
  const base = /^[a-z][a-z\d+.-]*:\/\//i.test(apiUrl) ? new URL(apiUrl).origin : origin;
  return `${base}${url.startsWith('/') ? '' : '/'}${url}`;
};
