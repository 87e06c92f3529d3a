import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { CAPABILITIES, ROLES } from '@wuyedesk/contracts';
import { localeOf } from '../factories/controller';
import { getService } from '../utils/get-service';

/** 岗位权限: which roles hold which capability, for the holders of capabilities.edit. */
export const capabilities = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const access = getService(strapi, 'access');
    const actor = await access.actorOf(ctx.state.user);
    access.assertHolds(actor, 'capabilities.edit', localeOf(ctx));
    ctx.body = { data: { capabilities: CAPABILITIES, roles: ROLES, grants: await getService(strapi, 'capabilities').fresh() } };
  },

  async update(ctx: Context) {
    const locale = localeOf(ctx);
    const access = getService(strapi, 'access');
    const actor = await access.actorOf(ctx.state.user);
    access.assertHolds(actor, 'capabilities.edit', locale);
    const body = ctx.request.body as { data?: { grants?: unknown } } | undefined;
    const grants = await getService(strapi, 'capabilities').save(body?.data?.grants, locale);
    // Routes that follow a capability (settings pages, rules) are granted to the new holders at once.
    await getService(strapi, 'roles').sync(await getService(strapi, 'registry').list());
    strapi.log.info(`Role capabilities changed by ${actor.username}`);
    ctx.body = { data: { capabilities: CAPABILITIES, roles: ROLES, grants } };
  },
});
