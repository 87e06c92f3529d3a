import type { Core } from '@strapi/strapi';
import { ROLES, rolesHolding, type Capability, type CapabilityGrants, type Permission, type RegisterDescription, type RoleKey } from '@wuyedesk/contracts';

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

/** Register permissions become these controller actions of the register's API. */
const ACTIONS_OF: Record<Permission, string[]> = {
  read: ['find', 'findOne', 'history'],
  create: ['create'],
  update: ['update'],
  act: ['act'],
};

/**
 * Every signed-in role may see who it is, pick colleagues (the panel uses /api/records/users),
 * list overdue work and upload files. users-permissions' user.find stays granted: without it Strapi strips
 * populated user relations (受理人, 处理人) from every record. Uploading is the only upload-plugin action:
 * a file is read through the record it is attached to (signed links), never listed or fetched by id.
 */
const COMMON_ACTIONS = [
  'plugin::users-permissions.user.me',
  'plugin::users-permissions.user.find',
  'plugin::users-permissions.user.findOne',
  'plugin::records.session.me',
  'plugin::records.session.registers',
  'plugin::records.users.find',
  // 超时工单 (deadlines plugin): rows are limited by the register's row scope there.
  'plugin::deadlines.overdue.find',
  // Exports: the controller allows a register only to roles that may read it (and scopes its rows);
  // statistics only to the holders of statistics.read (the controller checks).
  'plugin::exports.exports.download',
  'plugin::exports.statistics.find',
  'plugin::exports.statistics.workbook',
  'plugin::exports.statistics.reportSettings',
  'plugin::upload.content-api.upload',
];

export const actionsForRole = (
  role: RoleKey,
  registers: readonly RegisterDescription[],
  granted: readonly string[] = [],
): string[] => {
  const actions = new Set([...COMMON_ACTIONS, ...granted]);
  for (const register of registers) {
    // A register with its own store (form types) has no content-type API: its plugin's routes check access.
    if (register.store) continue;
    for (const permission of register.access.find((a) => a.role === role)?.can ?? []) {
      if (permission === 'act' && !register.workflow) continue;
      // A read-only register (the audit log) is listed and shown, nothing else.
      if (register.readOnly && permission !== 'read') continue;
      for (const action of ACTIONS_OF[permission]) {
        if (register.readOnly && action === 'history') continue;
        actions.add(`${register.uid}.${action}`);
      }
    }
  }
  return [...actions].sort();
};

/**
 * Makes the users-permissions roles and their permissions exactly what the register
 * descriptions say, on every start: the descriptions are the only source of who may do what.
 * Must run after users-permissions has bootstrapped (it only creates its public role and the
 * login permissions on a database with no roles), so the app's bootstrap calls it.
 */
export const roles = ({ strapi }: { strapi: Core.Strapi }) => {
  /** Plugin routes that are not a register's (settings pages, worklists), per role. */
  const grants = new Map<RoleKey, Set<string>>();
  /** Plugin routes that follow a capability: granted to whichever roles hold it when roles sync. */
  const byCapability = new Map<Capability, Set<string>>();
  const capabilityActions = (role: RoleKey, held: CapabilityGrants): string[] =>
    [...byCapability].filter(([capability]) => rolesHolding(held, capability).includes(role)).flatMap(([, actions]) => [...actions]);
  return {
    /** Call from a plugin's register or bootstrap: the app's bootstrap syncs after every plugin's. */
    grant(roleKeys: readonly RoleKey[], actions: readonly string[]) {
      for (const role of roleKeys) {
        const set = grants.get(role) ?? new Set<string>();
        actions.forEach((a) => set.add(a));
        grants.set(role, set);
      }
    },

    /** Routes for the holders of a capability (settings pages…): re-granted whenever the grants change. */
    grantCapability(capability: Capability, actions: readonly string[]) {
      const set = byCapability.get(capability) ?? new Set<string>();
      actions.forEach((a) => set.add(a));
      byCapability.set(capability, set);
    },

    async sync(registers: readonly RegisterDescription[]) {
      const held = await strapi.plugin('records').service('capabilities').fresh() as CapabilityGrants;
      for (const role of ROLES) {
        let stored = (await strapi.db.query(ROLE_UID).findOne({ where: { type: role.key } })) as { id: number } | null;
        if (!stored) {
          stored = (await strapi.db.query(ROLE_UID).create({
            data: { type: role.key, name: role.label['zh-CN'], description: role.description['zh-CN'] },
          })) as { id: number };
        }
        const wanted = new Set(actionsForRole(role.key, registers, [...(grants.get(role.key) ?? []), ...capabilityActions(role.key, held)]));
        const existing = (await strapi.db.query(PERMISSION_UID).findMany({
          where: { role: stored.id },
          select: ['id', 'action'],
        })) as Array<{ id: number; action: string }>;
        const stale = existing.filter((p) => !wanted.has(p.action)).map((p) => p.id);
        if (stale.length) await strapi.db.query(PERMISSION_UID).deleteMany({ where: { id: { $in: stale } } });
        const have = new Set(existing.map((p) => p.action));
        for (const action of wanted) {
          if (!have.has(action)) await strapi.db.query(PERMISSION_UID).create({ data: { action, role: stored.id } });
        }
      }
      // Accounts are created by administrators, never by self-registration.
      const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
      const advanced = ((await store.get()) ?? {}) as Record<string, unknown>;
      if (advanced.allow_register !== false) await store.set({ value: { ...advanced, allow_register: false } });
    },
  };
};
