import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../utils/get-service';

interface Ctx {
  request: { body?: { now?: string } };
  body: unknown;
}

/** Fake-clock count scheduling for the integration tests; routed only when config.testRoutes. */
export const testHooks = ({ strapi }: { strapi: Core.Strapi }) => ({
  async scheduleCounts(ctx: Ctx) {
    const now = ctx.request.body?.now ? new Date(ctx.request.body.now) : new Date();
    if (Number.isNaN(now.getTime())) throw new errors.ValidationError('now must be an ISO date');
    ctx.body = { data: await getService(strapi, 'counts').schedule({ now }) };
  },
});
