import type { Core, UID } from '@strapi/strapi';
import type { Locale, RegisterDescription } from '@wuyedesk/contracts';
import { getService as getRecordsService, NotFoundError, type Actor } from '@wuyedesk/plugin-records';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';
import { columnNames, exportLocale, firstSort } from './parse-query';
import type { ExportQuery } from './row-source';

export interface ExportRequest {
  register: RegisterDescription;
  actor: Actor;
  locale: Locale;
  query: ExportQuery;
  columns: string[];
}

/**
 * An export request as the list sends it (`filters`, `sort`, `columns`, `locale` in the query
 * string), checked before anything is written: the register exists, the user may read it, and
 * Strapi's content-API validation and sanitising accept the filters and sort for this user (a
 * register in a store of its own — form types — is checked by its row source). The background
 * export route takes the same request as the download.
 */
export const exportRequest = async (strapi: Core.Strapi, ctx: Context): Promise<ExportRequest> => {
  const access = getRecordsService(strapi, 'access');
  const register = await getRecordsService(strapi, 'registry').find(String(ctx.params.plural));
  if (!register) throw new NotFoundError('找不到该登记簿', { code: 'REGISTER_NOT_FOUND' });
  const actor = await access.actorOf(ctx.state.user);
  access.assertCan(register, actor, 'read');
  const locale = exportLocale(ctx.query.locale, ctx.get('accept-language'));
  const given = { filters: ctx.query.filters, sort: ctx.query.sort } as Record<string, unknown>;
  let clean = given as { filters?: Record<string, unknown>; sort?: unknown };
  const sources = getService(strapi, 'sources');
  if (!sources.validatesOwnQuery(register)) {
    const auth = (ctx.state as { auth?: unknown }).auth ?? {};
    const model = strapi.getModel(register.uid as UID.Schema);
    const options = { auth, strictParams: true } as Parameters<typeof strapi.contentAPI.validate.query>[2];
    if (given.filters !== undefined || given.sort !== undefined) await strapi.contentAPI.validate.query(given, model, options);
    clean = (await strapi.contentAPI.sanitize.query(given, model, options)) as typeof clean;
  } else {
    await sources.for(register).validate?.({ register, query: { filters: clean.filters, sort: firstSort(clean.sort) } });
  }
  return { register, actor, locale, query: { filters: clean.filters, sort: firstSort(clean.sort) }, columns: columnNames(ctx.query.columns) };
};
