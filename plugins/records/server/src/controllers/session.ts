import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';
import { USER_UID } from '../services/access';

/** What the panel needs to know about the signed-in person and the registers they may use. */
export const session = ({ strapi }: { strapi: Core.Strapi }) => ({
  async me(ctx: Context) {
    const actor = await getService(strapi, 'access').actorOf(ctx.state.user);
    const user = (await strapi.db.query(USER_UID).findOne({
      where: { id: actor.id },
      select: ['id', 'documentId', 'username', 'email', 'fullName'],
      populate: { department: { select: ['documentId', 'name'] } },
    })) as Record<string, unknown>;
    const department = user.department as { documentId?: string } | null;
    const code = department?.documentId
      ? ((await strapi.db.query('api::department.department').findOne({ where: { documentId: department.documentId }, select: ['code'] })) as { code?: string } | null)?.code
      : null;
    ctx.body = { data: { ...user, role: actor.role, capabilities: getService(strapi, 'capabilities').of(actor.role, code) } };
  },

  async registers(ctx: Context) {
    const access = getService(strapi, 'access');
    const actor = await access.actorOf(ctx.state.user);
    const registers = await getService(strapi, 'registry').list();
    ctx.body = {
      data: registers
        .map((register) => ({ ...register, permissions: access.permissions(register, actor.role) }))
        .filter((r) => r.permissions.includes('read')),
    };
  },
});
