import type { Core } from '@strapi/strapi';
import type { RegisterDescription } from '@wuyedesk/contracts';
import { assertNoQuery, getService as getRecordsService } from '@wuyedesk/plugin-records';
import { localeOf } from '@wuyedesk/plugin-records/factories';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';

/** `GET /api/deadlines/overdue?register=complaint`: overdue work per department (no register: every readable one with a workflow). */
export const overdueController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    assertNoQuery(ctx.query as Record<string, unknown>, localeOf(ctx), ['register']);
    const access = getRecordsService(strapi, 'access');
    const registry = getRecordsService(strapi, 'registry');
    const actor = await access.actorOf(ctx.state.user);
    const key = typeof ctx.query.register === 'string' && ctx.query.register ? ctx.query.register : null;
    let registers: RegisterDescription[];
    if (key) {
      const register = await registry.find(key);
      if (!register) throw new errors.NotFoundError('找不到该登记簿');
      access.assertCan(register, actor, 'read');
      registers = [register];
    } else {
      registers = (await registry.list()).filter((r) => r.workflow && access.permissions(r, actor.role).includes('read'));
    }
    ctx.body = { data: await getService(strapi, 'overdue').list({ registers, actor }) };
  },
});
