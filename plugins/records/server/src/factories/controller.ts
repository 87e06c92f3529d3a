import { factories } from '@strapi/strapi';
import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Locale, RegisterDescription } from '@wuyedesk/contracts';
import { getService } from '../utils/get-service';
import { assertNoQuery, assertValidQuery, requestData } from '../validation/query';

/** People read errors in their panel's language; the panel sends it as Accept-Language. */
export const localeOf = (ctx: Context): Locale => (/^en\b/i.test(ctx.get('accept-language') ?? '') ? 'en' : 'zh-CN');

const bodyData = (ctx: Context, locale: Locale) => requestData(ctx, locale);

/** The parts of Strapi's core controller used here (its generic types lose them for a string uid). */
interface CoreController {
  validateQuery(ctx: Context): Promise<void>;
  sanitizeQuery(ctx: Context): Promise<{ filters?: unknown; populate?: unknown } & Record<string, unknown>>;
  sanitizeOutput(data: unknown, ctx: Context): Promise<unknown>;
  transformResponse(data: unknown, meta?: unknown): unknown;
}

/** Ours first (every field typed, messages in the person's language), then Strapi's (permissions, private fields). */
const readQuery = async (strapi: Core.Strapi, core: CoreController, ctx: Context, register: RegisterDescription) => {
  assertValidQuery({ strapi, register, query: ctx.query as Record<string, unknown>, locale: localeOf(ctx) });
  await core.validateQuery(ctx);
  return core.sanitizeQuery(ctx);
};

/**
 * The REST controller of a register: Strapi's query validation and sanitising, plus the row
 * scope of the actor's role, and writes routed through the records service (validation,
 * numbering, history, events). Every built-in register uses it; nothing register-specific here.
 */
export const registerController = (register: RegisterDescription) =>
  factories.createCoreController(register.uid as UID.ContentType, ({ strapi }) => {
    const access = () => getService(strapi, 'access');
    const records = () => getService(strapi, 'records');

    const reads = {
      async find(ctx: Context) {
        const actor = await access().actorOf(ctx.state.user);
        const core = this as unknown as CoreController;
        const query = await readQuery(strapi, core, ctx, register);
        const { results, pagination } = await strapi
          .service(register.uid as UID.Service)
          .find({ ...query, filters: await access().listFilters(register, actor, query.filters) });
        return core.transformResponse(await core.sanitizeOutput(results, ctx), { pagination });
      },

      async findOne(ctx: Context) {
        const actor = await access().actorOf(ctx.state.user);
        const core = this as unknown as CoreController;
        const query = await readQuery(strapi, core, ctx, register);
        const record = await records().findVisible({ register, documentId: ctx.params.id, actor, populate: query.populate });
        return core.transformResponse(await core.sanitizeOutput(record, ctx));
      },
    };
    // The audit log: reads only, whatever a route table might say.
    if (register.readOnly) return reads;

    return {
      ...reads,

      async create(ctx: Context) {
        const locale = localeOf(ctx);
        const actor = await access().actorOf(ctx.state.user);
        access().assertCan(register, actor, 'create');
        const core = this as unknown as CoreController;
        const query = await readQuery(strapi, core, ctx, register);
        const created = await records().create({ register, data: bodyData(ctx, locale), actor, locale, populate: query.populate });
        ctx.status = 201;
        return core.transformResponse(await core.sanitizeOutput(created, ctx));
      },

      async update(ctx: Context) {
        const locale = localeOf(ctx);
        const actor = await access().actorOf(ctx.state.user);
        access().assertCan(register, actor, 'update');
        const core = this as unknown as CoreController;
        const query = await readQuery(strapi, core, ctx, register);
        await records().findVisible({ register, documentId: ctx.params.id, actor });
        const updated = await records().update({
          register, documentId: ctx.params.id, data: bodyData(ctx, locale), actor, locale, populate: query.populate,
        });
        return core.transformResponse(await core.sanitizeOutput(updated, ctx));
      },

      async act(ctx: Context) {
        const locale = localeOf(ctx);
        const actor = await access().actorOf(ctx.state.user);
        access().assertCan(register, actor, 'act');
        const core = this as unknown as CoreController;
        const query = await readQuery(strapi, core, ctx, register);
        await records().findVisible({ register, documentId: ctx.params.id, actor });
        const input = requestData(ctx, locale, { optional: true });
        const updated = await records().act({
          register, documentId: ctx.params.id, actionName: ctx.params.action, input, actor, locale, populate: query.populate,
        });
        return core.transformResponse(await core.sanitizeOutput(updated, ctx));
      },

      async history(ctx: Context) {
        assertNoQuery(ctx.query as Record<string, unknown>, localeOf(ctx));
        const actor = await access().actorOf(ctx.state.user);
        await records().findVisible({ register, documentId: ctx.params.id, actor });
        return { data: await getService(strapi, 'history').list({ register, documentId: ctx.params.id }) };
      },
    };
  });
