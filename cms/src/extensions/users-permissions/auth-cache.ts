import type { Core } from '@strapi/strapi';

const USER = 'plugin::users-permissions.user';
const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

/**
 * How long a signed-in user and their role's permissions are trusted without asking the
 * database. Every change made through this instance empties the cache at once (db lifecycles
 * below); a change made through ANOTHER instance of the desk behind the same database is not
 * seen here until the entry expires, so this bounds how long a blocked user or a withdrawn
 * permission can still act there. Short enough for that, long enough that a page's burst of
 * requests (list, counts, menu) costs one lookup instead of one per request.
 */
export const AUTH_CACHE_TTL_MS = 5_000;

type Loader<T> = (key: number | string) => Promise<T>;

interface Entry {
  value: Promise<unknown>;
  expires: number;
}

/** A per-key memo with expiry; a failed load is not kept. */
export const expiringCache = (ttlMs: number, now: () => number = Date.now) => {
  const entries = new Map<string, Entry>();
  return {
    wrap<T>(name: string, load: Loader<T>): Loader<T> {
      return (key) => {
        const id = `${name}:${String(key)}`;
        const hit = entries.get(id);
        if (hit && hit.expires > now()) return hit.value as Promise<T>;
        const value = load(key);
        const entry = { value, expires: now() + ttlMs };
        entries.set(id, entry);
        value.catch(() => entries.get(id) === entry && entries.delete(id));
        return value;
      };
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
};

type ServiceFactory = (deps: { strapi: Core.Strapi }) => Record<string, unknown>;

export interface PluginWithServices {
  services: Record<string, ServiceFactory>;
  bootstrap?: (deps: { strapi: Core.Strapi }) => unknown;
}

const cache = expiringCache(AUTH_CACHE_TTL_MS);

/** Replaces `method` of the service a factory builds with its cached form. */
const cacheMethod = (plugin: PluginWithServices, service: string, method: string) => {
  const factory = plugin.services[service];
  plugin.services[service] = (deps) => {
    const built = factory(deps);
    const original = built[method] as Loader<unknown>;
    built[method] = cache.wrap(`${service}.${method}`, (key) => original.call(built, key));
    return built;
  };
};

/**
 * Every content-API request signs its user in again: the user with their role, then the role's
 * permissions (users-permissions' strategy). Both are cached for a few seconds and forgotten as
 * soon as a user, role or permission is written (including by the admin UI, which writes through
 * the same query layer). The cached user is the object the strategy puts on `ctx.state.user`:
 * nothing downstream may change it (the records plugin only reads it).
 */
export const withAuthCache = <P extends PluginWithServices>(plugin: P): P => {
  cacheMethod(plugin, 'user', 'fetchAuthenticatedUser');
  cacheMethod(plugin, 'permission', 'findRolePermissions');
  const bootstrap = plugin.bootstrap;
  plugin.bootstrap = async (deps) => {
    deps.strapi.db.lifecycles.subscribe({
      models: [USER, ROLE, PERMISSION],
      afterCreate: () => cache.clear(),
      afterCreateMany: () => cache.clear(),
      afterUpdate: () => cache.clear(),
      afterUpdateMany: () => cache.clear(),
      afterDelete: () => cache.clear(),
      afterDeleteMany: () => cache.clear(),
    });
    return bootstrap?.(deps);
  };
  return plugin;
};

/** For tests of the invalidation: how many entries are held. */
export const authCacheSize = () => cache.size;
