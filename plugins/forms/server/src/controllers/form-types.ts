import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Locale } from '@wuyedesk/contracts';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';

const localeOf = (ctx: Context): Locale => (/^en\b/i.test(ctx.get('accept-language') ?? '') ? 'en' : 'zh-CN');

/**
 * The form designer's API (`/api/forms/types`): holders of forms.design list, read, publish (also how an
 * imported definition is loaded) and export form types and set who may fill, see and approve.
 * Anyone who may read a form type may fetch one of its versions, to show an entry as filled.
 */
export const formTypesController = ({ strapi }: { strapi: Core.Strapi }) => {
  const types = () => getService(strapi, 'form-types');

  const designer = async (ctx: Context) => {
    const access = getRecordsService(strapi, 'access');
    const actor = await access.actorOf(ctx.state.user);
    access.assertHolds(actor, 'forms.design', localeOf(ctx));
    return actor;
  };

  const notFound = (ctx: Context) =>
    new errors.NotFoundError(localeOf(ctx) === 'zh-CN' ? '找不到该表单' : 'No such form', { code: 'FORM_NOT_FOUND' });

  return {
    async find(ctx: Context) {
      await designer(ctx);
      ctx.body = { data: await types().list() };
    },

    async findOne(ctx: Context) {
      await designer(ctx);
      const definition = await types().definition(String(ctx.params.key));
      if (!definition) throw notFound(ctx);
      ctx.body = { data: definition };
    },

    /** The definition file another office can import (a download). */
    async export(ctx: Context) {
      await designer(ctx);
      const definition = await types().definition(String(ctx.params.key));
      if (!definition) throw notFound(ctx);
      const { version: _version, ...file } = definition;
      ctx.set('Content-Disposition', `attachment; filename="form-${file.key}.json"`);
      ctx.body = file;
    },

    async publish(ctx: Context) {
      const actor = await designer(ctx);
      const data = (ctx.request.body as { data?: unknown } | undefined)?.data;
      ctx.status = 201;
      ctx.body = { data: await types().publish({ definition: data, actorId: actor.id, locale: localeOf(ctx) }) };
    },

    async setPermissions(ctx: Context) {
      await designer(ctx);
      const data = (ctx.request.body as { data?: { permissions?: unknown } } | undefined)?.data;
      await types().setPermissions({ key: String(ctx.params.key), permissions: data?.permissions, locale: localeOf(ctx) });
      ctx.body = { data: await types().definition(String(ctx.params.key)) };
    },

    async version(ctx: Context) {
      const access = getRecordsService(strapi, 'access');
      const actor = await access.actorOf(ctx.state.user);
      const current = await getRecordsService(strapi, 'registry').find(String(ctx.params.key));
      if (!current) throw notFound(ctx);
      access.assertCan(current, actor, 'read');
      const register = await types().registerAt(String(ctx.params.key), Number(ctx.params.version));
      if (!register) throw notFound(ctx);
      ctx.body = { data: register };
    },
  };
};
