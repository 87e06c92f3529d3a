import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getConfig, getService } from '../utils/get-service';

interface Ctx {
  request: { body?: { now?: string } };
  body: unknown;
}

/** Fake-clock count scheduling for the integration tests; 404 unless config.testRoutes. */
export const testHooks = ({ strapi }: { strapi: Core.Strapi }) => ({
  async scheduleCounts(ctx: Ctx) {
    if (!getConfig(strapi).testRoutes) throw new errors.NotFoundError('Not Found');
    const now = ctx.request.body?.now ? new Date(ctx.request.body.now) : new Date();
    if (Number.isNaN(now.getTime())) throw new errors.ValidationError('now must be an ISO date');
    ctx.body = { data: await getService(strapi, 'counts').schedule({ now }) };
  },
});
