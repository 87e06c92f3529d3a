import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../utils/get-service';

export interface Ctx {
  request: { body?: { now?: string; limit?: unknown } };
  query: Record<string, string | undefined>;
  body: unknown;
}

const nowOf = (ctx: Ctx) => {
  const now = ctx.request.body?.now ? new Date(ctx.request.body.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new errors.ValidationError('now must be an ISO date');
  return now;
};

/**
 * Fake-clock passes for the integration tests, which run in another context than Strapi and so
 * reach it over HTTP. Routed only when the `testRoutes` config is on (WUYEDESK_TEST_ROUTES).
 */
export const testHooks = ({ strapi }: { strapi: Core.Strapi }) => {
  return {
    async runOnce(ctx: Ctx) {
      ctx.body = { data: await getService(strapi, 'scheduler').runOnce({ now: nowOf(ctx) }) };
    },
    /** A timer tick at a fake `now`, with a small batch (`limit`) so a handful of clocks take several passes. */
    async drain(ctx: Ctx) {
      const limit = Number(ctx.request.body?.limit ?? 0) || undefined;
      ctx.body = { data: await getService(strapi, 'scheduler').drain({ now: nowOf(ctx), limit }) };
    },
    async sendMail(ctx: Ctx) {
      const sender = strapi.plugin('outbox').service('sender') as { sendOnce(o: { now: Date }): Promise<unknown> };
      ctx.body = { data: await sender.sendOnce({ now: nowOf(ctx) }) };
    },
    async clocks(ctx: Ctx) {
      const rows = await getService(strapi, 'clocks').forRecord({ register: String(ctx.query.register), recordId: String(ctx.query.documentId) });
      ctx.body = { data: rows };
    },
    async outbox(ctx: Ctx) {
      const outbox = strapi.plugin('outbox').service('outbox') as { list(f: { keyPrefix?: string }): Promise<unknown> };
      ctx.body = { data: await outbox.list({ keyPrefix: ctx.query.keyPrefix }) };
    },
  };
};
