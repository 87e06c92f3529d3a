import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { USER_UID } from '../services/access';

interface AccountInput {
  username?: string;
  password?: string;
  role?: string;
  departmentCode?: string;
  blocked?: boolean;
}

interface UsersService {
  add(values: Record<string, unknown>): Promise<{ id: number; documentId: string }>;
  edit(id: number, values: Record<string, unknown>): Promise<unknown>;
}

/**
 * Test-only (routed only when `testRoutes` is on): creates or changes an account the way an
 * administrator's tool would — through users-permissions' own user service, so the same db
 * lifecycles fire — for the tests of the sign-in cache (Strapi's admin API is closed).
 */
export const accountTestHooks = ({ strapi }: { strapi: Core.Strapi }) => ({
  async upsert(ctx: Context) {
    const input = (ctx.request.body ?? {}) as AccountInput;
    const users = strapi.plugin('users-permissions').service('user') as UsersService;
    const values: Record<string, unknown> = {};
    if (input.role) {
      const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: input.role } })) as { id: number } | null;
      values.role = role?.id;
    }
    if (input.departmentCode) {
      const department = (await strapi.db.query('api::department.department').findOne({ where: { code: input.departmentCode } })) as { id: number } | null;
      values.department = department?.id;
    }
    if (input.blocked !== undefined) values.blocked = input.blocked;
    const existing = (await strapi.db.query(USER_UID).findOne({ where: { username: input.username } })) as { id: number; documentId: string } | null;
    if (existing) {
      await users.edit(existing.id, values);
      ctx.body = { data: { documentId: existing.documentId } };
      return;
    }
    const created = await users.add({
      username: input.username,
      email: `${input.username}@wuyedesk.local`,
      password: input.password,
      provider: 'local',
      confirmed: true,
      blocked: false,
      ...values,
    });
    ctx.status = 201;
    ctx.body = { data: { documentId: created.documentId } };
  },
});
