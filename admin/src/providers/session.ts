import type { Capability, Permission, RegisterDescription, RoleKey } from '@wuyedesk/contracts';
import { isHttpError, requestJson, type FetchLike } from './http';
import type { TokenStore } from './token-store';

/** A register as `/api/records/registers` sends it: the description plus what this user may do. */
export type PermittedRegister = RegisterDescription & { permissions: Permission[] };

export interface CurrentUser {
  id: number;
  username: string;
  fullName: string | null;
  email: string;
  role: RoleKey;
  /** What the role holds beyond registers (岗位权限): settings pages, statistics, all callbacks. */
  capabilities: Capability[];
  department: { documentId: string; name: string } | null;
}

export interface SessionData {
  user: CurrentUser;
  registers: PermittedRegister[];
}

export type SessionSnapshot =
  | { status: 'signed-out' }
  | { status: 'loading' }
  | { status: 'ready'; data: SessionData }
  | { status: 'failed'; statusCode: number };

export interface Session {
  /** Who is signed in and which registers they may read; fetched once per sign-in. */
  load: () => Promise<SessionData>;
  /** Fetches the registers again without signing out (a form type was just published). */
  refresh: () => Promise<SessionData>;
  reset: () => void;
  getSnapshot: () => SessionSnapshot;
  subscribe: (listener: () => void) => () => void;
}

export const createSession = ({
  apiUrl,
  tokenStore,
  fetch,
}: {
  apiUrl: string;
  tokenStore: TokenStore;
  fetch: FetchLike;
}): Session => {
  let snapshot: SessionSnapshot = { status: 'signed-out' };
  let pending: Promise<SessionData> | null = null;
  const listeners = new Set<() => void>();
  const publish = (next: SessionSnapshot) => {
    snapshot = next;
    listeners.forEach((listener) => listener());
  };

  const fetchSession = async (): Promise<SessionData> => {
    const token = tokenStore.get();
    const [me, registers] = await Promise.all([
      requestJson<{ data: CurrentUser }>({ fetch, url: `${apiUrl}/records/me`, token }),
      requestJson<{ data: PermittedRegister[] }>({ fetch, url: `${apiUrl}/records/registers`, token }),
    ]);
    // A server from before capabilities sends none: nothing beyond the registers is offered then.
    return { user: { ...me.data, capabilities: me.data.capabilities ?? [] }, registers: registers.data };
  };

  return {
    refresh: async () => {
      const data = await fetchSession();
      pending = Promise.resolve(data);
      publish({ status: 'ready', data });
      return data;
    },
    load: () => {
      if (pending) return pending;
      publish({ status: 'loading' });
      pending = fetchSession().then(
        (data) => {
          publish({ status: 'ready', data });
          return data;
        },
        (error: unknown) => {
          pending = null;
          const statusCode = isHttpError(error) ? error.statusCode : 0;
          // A refused token is gone for good; anything else may be a passing network fault.
          if (statusCode === 401) tokenStore.clear();
          publish(statusCode === 401 ? { status: 'signed-out' } : { status: 'failed', statusCode });
          throw error;
        },
      );
      return pending;
    },
    reset: () => {
      pending = null;
      publish({ status: 'signed-out' });
    },
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
