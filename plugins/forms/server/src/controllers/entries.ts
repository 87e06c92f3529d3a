import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FORM_ENTRY_STORE, type Locale, type RegisterDescription } from '@wuyedesk/contracts';
import { assertNoQuery, assertValidQuery, getService as getRecordsService, requestData } from '@wuyedesk/plugin-records';
import type { Context } from 'koa';

const localeOf = (ctx: Context): Locale => (/^en\b/i.test(ctx.get('accept-language') ?? '') ? 'en' : 'zh-CN');

const bodyData = (ctx: Context, locale: Locale, optional = false) => requestData(ctx, locale, { optional });

/**
 * REST for the entries of one form type, in the same shape and query dialect as every register
 * (`/api/forms/entries/<key>`: list, one, create, edit, workflow actions, history). Access comes
 * from the form type's permissions through the records core's access service; writes go through
 * records.create/update/act, so numbering, history, events, deadlines and callbacks attach.
 */
export const entriesController = ({ strapi }: { strapi: Core.Strapi }) => {
  const access = () => getRecordsService(strapi, 'access');
  const records = () => getRecordsService(strapi, 'records');

  /** The form type named in the path, or 404 (built-in registers have their own routes). */
  const formRegister = async (ctx: Context): Promise<RegisterDescription> => {
    const register = await getRecordsService(strapi, 'registry').find(String(ctx.params.type));
    if (!register || register.store !== FORM_ENTRY_STORE) {
      throw new errors.NotFoundError(localeOf(ctx) === 'zh-CN' ? '找不到该表单' : 'No such form', { code: 'FORM_NOT_FOUND' });
    }
    return register;
  };

  /** Every entry route checks its query string against the form's fields: list, one record, writes (their populate). */
  const context = async (ctx: Context) => {
    const register = await formRegister(ctx);
    const query = ctx.query as Record<string, unknown>;
    if (ctx.params.id && ctx.path.endsWith('/history')) assertNoQuery(query, localeOf(ctx));
    else assertValidQuery({ strapi, register, query, locale: localeOf(ctx), extraParams: ['locale', 'status'] });
    const actor = await access().actorOf(ctx.state.user);
    return { register, actor, locale: localeOf(ctx) };
  };

  return {
    async find(ctx: Context) {
      const { register, actor, locale } = await context(ctx);
      access().assertCan(register, actor, 'read');
      // The actor's row scope (own department, 机密) is ANDed on by the records core, as for every register.
      const { results, pagination } = await records().list({ register, actor, query: ctx.query as never, locale });
      ctx.body = { data: results, meta: { pagination } };
    },

    async findOne(ctx: Context) {
      const { register, actor } = await context(ctx);
      access().assertCan(register, actor, 'read');
      ctx.body = { data: await records().findVisible({ register, documentId: ctx.params.id, actor }) };
    },

    async create(ctx: Context) {
      const { register, actor, locale } = await context(ctx);
      access().assertCan(register, actor, 'create');
      const created = await records().create({ register, data: bodyData(ctx, locale), actor, locale });
      ctx.status = 201;
      ctx.body = { data: created };
    },

    async update(ctx: Context) {
      const { register, actor, locale } = await context(ctx);
      access().assertCan(register, actor, 'update');
      await records().findVisible({ register, documentId: ctx.params.id, actor });
      ctx.body = { data: await records().update({ register, documentId: ctx.params.id, data: bodyData(ctx, locale), actor, locale }) };
    },

    async act(ctx: Context) {
      const { register, actor, locale } = await context(ctx);
      access().assertCan(register, actor, 'act');
      await records().findVisible({ register, documentId: ctx.params.id, actor });
      ctx.body = {
        data: await records().act({
          register, documentId: ctx.params.id, actionName: ctx.params.action, input: bodyData(ctx, locale, true), actor, locale,
        }),
      };
    },

    async history(ctx: Context) {
      const { register, actor } = await context(ctx);
      access().assertCan(register, actor, 'read');
      await records().findVisible({ register, documentId: ctx.params.id, actor });
      ctx.body = { data: await getRecordsService(strapi, 'history').list({ register, documentId: ctx.params.id }) };
    },
  };
};
