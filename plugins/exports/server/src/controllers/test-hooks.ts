import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';

/**
 * Fake-clock pass of the monthly report for the integration tests (they reach Strapi over HTTP).
 * Routed only when the `testRoutes` config is on (WUYEDESK_TEST_ROUTES).
 */
export const testHooks = ({ strapi }: { strapi: Core.Strapi }) => ({
  async monthlyReport(ctx: Context) {
    const body = ctx.request.body as { now?: string } | undefined;
    const now = body?.now ? new Date(body.now) : new Date();
    if (Number.isNaN(now.getTime())) throw new errors.ValidationError('now must be an ISO date');
    ctx.body = { data: await getService(strapi, 'monthlyReport').runOnce({ now }) };
  },
});
