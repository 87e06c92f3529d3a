import type { Core } from '@strapi/strapi';
import {
  CAPABILITIES,
  DEPARTMENT_UID,
  isRoleKey,
  type Capability,
  type Locale,
  type Permission,
  type RegisterDescription,
  type RoleKey,
} from '@wuyedesk/contracts';
import { ForbiddenError } from '../errors';
import { confidentialFilter } from './confidentiality';
import { departmentKeyFilters } from './department-key';
import { relationsAsSubqueries } from './relation-subqueries';
import type { search } from './search';

export const USER_UID = 'plugin::users-permissions.user';

/** Who is acting: enough to decide what they see and may do. */
export interface Actor {
  id: number;
  username: string;
  name: string;
  role: RoleKey;
  departmentId: string | null;
}

export interface AuthenticatedUser {
  id: number;
  username?: string;
  role?: { type?: string } | null;
}

export type Filters = Record<string, unknown>;

/**
 * An actor's name and department, read on every request, kept for a few seconds: emptied as soon
 * as a user or department is written through this instance (db lifecycles); another instance's
 * change is seen when the entry expires (same bound as the sign-in cache in the CMS's
 * users-permissions extension).
 */
const PROFILE_TTL_MS = 5_000;

type Profile = { username: string; fullName?: string | null; department?: { documentId: string } | null } | null;

const profileCache = (strapi: Core.Strapi) => {
  const entries = new Map<number, { value: Promise<Profile>; expires: number }>();
  let subscribed = false;
  return (id: number): Promise<Profile> => {
    if (!subscribed) {
      subscribed = true;
      const clear = () => entries.clear();
      strapi.db.lifecycles.subscribe({
        models: [USER_UID, DEPARTMENT_UID],
        afterCreate: clear,
        afterCreateMany: clear,
        afterUpdate: clear,
        afterUpdateMany: clear,
        afterDelete: clear,
        afterDeleteMany: clear,
      });
    }
    const hit = entries.get(id);
    if (hit && hit.expires > Date.now()) return hit.value;
    const value = strapi.db.query(USER_UID).findOne({
      where: { id },
      populate: { department: { select: ['documentId'] } },
    }) as Promise<Profile>;
    const entry = { value, expires: Date.now() + PROFILE_TTL_MS };
    entries.set(id, entry);
    value.catch(() => entries.get(id) === entry && entries.delete(id));
    return value;
  };
};

export const access = ({ strapi }: { strapi: Core.Strapi }) => {
  const profileOf = profileCache(strapi);
  return {
    /** Loads the acting user's role and department (users-permissions gives us only the role). */
    async actorOf(user: AuthenticatedUser | undefined): Promise<Actor> {
      const role = user?.role?.type;
      if (!user || !isRoleKey(role))
        throw new ForbiddenError('您的账号没有分配岗位角色，请联系管理员', { code: 'NO_ROLE' });
      // Row scopes below read the capability grants synchronously: make this instance's copy current.
      await strapi.plugin('records').service('capabilities').fresh();
      const profile = await profileOf(user.id);
      return {
        id: user.id,
        username: profile?.username ?? user.username ?? '',
        name: profile?.fullName || profile?.username || user.username || '',
        role,
        departmentId: profile?.department?.documentId ?? null,
      };
    },

    /** Whether the actor's role holds a capability (docs/access.md); department-limited grants need `departmentCode`. */
    holds(actor: Pick<Actor, 'role'>, capability: Capability, departmentCode?: string | null): boolean {
      return strapi.plugin('records').service('capabilities').holds(capability, { role: actor.role, departmentCode });
    },

    /** A 403 naming the capability the actor's role lacks. */
    assertHolds(actor: Pick<Actor, 'role'>, capability: Capability, locale: Locale = 'zh-CN') {
      if (this.holds(actor, capability)) return;
      const label = CAPABILITIES.find((c) => c.key === capability)?.label[locale] ?? capability;
      const message = locale === 'zh-CN' ? `您的岗位没有“${label}”权限` : `Your role does not hold "${label}"`;
      throw new ForbiddenError(message, { code: 'CAPABILITY_REQUIRED', capability });
    },

    permissions(register: RegisterDescription, role: RoleKey): Permission[] {
      return register.access.find((a) => a.role === role)?.can ?? [];
    },

    assertCan(register: RegisterDescription, actor: Actor, permission: Permission) {
      if (!this.permissions(register, actor.role).includes(permission)) {
        throw new ForbiddenError('您的角色无权进行此操作', { code: 'PERMISSION_DENIED', permission });
      }
    },

    /**
     * The rows of a register this actor may see, as Strapi filters (null: all of them): their
     * department's only (row scope), and no confidential (机密) rows without clearance. Lists,
     * quick search, record pages, relation pickers, history and exports all go through it.
     */
    scopeFilter(register: RegisterDescription, actor: Actor): Filters | null {
      const parts: Filters[] = [];
      const scope = register.access.find((a) => a.role === actor.role)?.scope ?? 'all';
      // A department head without a department sees nothing rather than everything.
      if (scope === 'own-department')
        parts.push({ department: { documentId: { $eq: actor.departmentId ?? '__none__' } } });
      const hidden = confidentialFilter(register, this.holds(actor, 'confidential.read'));
      if (hidden) parts.push(hidden);
      if (parts.length === 0) return null;
      return parts.length === 1 ? parts[0] : { $and: parts };
    },

    /** ANDs the actor's scope onto filters a client sent. */
    scoped(register: RegisterDescription, actor: Actor, filters: unknown): Filters | undefined {
      const scope = this.scopeFilter(register, actor);
      const given = filters && typeof filters === 'object' ? (filters as Filters) : undefined;
      if (!scope) return given;
      return given && Object.keys(given).length ? { $and: [given, scope] } : scope;
    },

    /**
     * `scoped`, compiled for a list over the register's content type: the quick search is answered
     * from the search index (search.ts), relation conditions (the department scope, the panel's
     * relation columns) become subqueries on the link table — the department, its indexed key — so a page and its exact count cost
     * the same at a million rows as at a thousand.
     */
    async listFilters(register: RegisterDescription, actor: Actor, filters: unknown): Promise<Filters | undefined> {
      const searchService = strapi.plugin('records').service('search') as ReturnType<typeof search>;
      const searched = await searchService.indexedQuickSearch(register, filters);
      const keyed = await departmentKeyFilters(strapi, register, this.scoped(register, actor, searched));
      return relationsAsSubqueries(strapi, register.uid, keyed) as Filters | undefined;
    },
  };
};
