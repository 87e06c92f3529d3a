import type { Core } from '@strapi/strapi';
import type { RoleKey } from '@wuyedesk/contracts';

export const DEFAULT_DEMO_PASSWORD = 'Demo1234!';
export const demoPassword = () => process.env.WUYEDESK_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;

/** One account per role, with the usernames the README lists. */
export const DEMO_USERS: Array<{ username: string; role: RoleKey; fullName: string; department: string | null }> = [
  { username: 'staff', role: 'staff', fullName: '王芳', department: 'KF' },
  { username: 'dept-head', role: 'dept-head', fullName: '李工', department: 'GC' },
  { username: 'supervisor', role: 'supervisor', fullName: '张主管', department: 'KF' },
  { username: 'director', role: 'director', fullName: '陈主任', department: null },
  { username: 'admin', role: 'administrator', fullName: '系统管理员', department: null },
];

export const seedUsers = async (strapi: Core.Strapi, departments: Record<string, string>) => {
  const ids: Record<string, number> = {};
  for (const user of DEMO_USERS) {
    const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: user.role } })) as { id: number };
    const created = (await strapi.plugin('users-permissions').service('user').add({
      username: user.username,
      email: `${user.username}@wuyedesk.local`,
      password: demoPassword(),
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
      fullName: user.fullName,
      department: user.department ? departments[user.department] : null,
    })) as { id: number };
    ids[user.username] = created.id;
  }
  return ids;
};
