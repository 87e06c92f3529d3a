import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { assertValidQuery, getService as getRecordsService } from '@wuyedesk/plugin-records';
import type { Locale, RegisterDescription } from '@wuyedesk/contracts';
import type { Context } from 'koa';
import { PassThrough } from 'stream';
import { attachment, columnNames, exportLocale, firstSort } from '../export/parse-query';
import { getService } from '../utils/get-service';
import { abortResponse } from '../export/abort-response';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `columns` names fields of the register (a `relation.field` path by its relation); `locale` is one of ours. */
const assertColumns = (register: RegisterDescription, columns: unknown, queryLocale: unknown, locale: Locale) => {
  const refuse = (param: string, zh: string, en: string) => {
    const message = locale === 'zh-CN' ? `查询参数 ${param}：${zh}` : `${param}: ${en}`;
    return new errors.ValidationError(message, {
      code: 'INVALID_QUERY', param, errors: [{ path: [param], param, message, name: 'ValidationError', code: 'BAD_COLUMNS' }],
    });
  };
  if (queryLocale !== undefined && queryLocale !== 'zh-CN' && queryLocale !== 'en') throw refuse('locale', '只能是 zh-CN 或 en', 'must be zh-CN or en');
  if (columns === undefined) return;
  if (typeof columns !== 'string' && !(Array.isArray(columns) && columns.every((c) => typeof c === 'string'))) {
    throw refuse('columns', '格式不正确', 'is not in the right format');
  }
  const names = columnNames(columns);
  if (names.length > 100) throw refuse('columns', '最多100列', 'may name at most 100 columns');
  const unknown = names.find((name) => !register.fields.some((f) => f.name === name.split('.')[0]));
  if (unknown !== undefined) throw refuse('columns', `没有名为“${unknown.slice(0, 40)}”的字段`, `there is no field "${unknown.slice(0, 40)}"`);
};

/**
 * `GET /api/exports/<pluralName>.xlsx?filters…&sort…&columns=…&locale=…`: the list's own query
 * string, so the file holds exactly the rows the list shows (all pages), in its order.
 */
export const exportsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async download(ctx: Context) {
    const access = getRecordsService(strapi, 'access');
    const register = await getRecordsService(strapi, 'registry').find(String(ctx.params.plural));
    if (!register) throw new errors.NotFoundError('找不到该登记簿');
    const actor = await access.actorOf(ctx.state.user);
    access.assertCan(register, actor, 'read');
    const locale = exportLocale(ctx.query.locale, ctx.get('accept-language'));
    // Everything about the query is checked before the first byte: once the 200 and the headers
    // are out, a problem can only show as a broken download.
    assertValidQuery({ strapi, register, query: ctx.query as Record<string, unknown>, locale, extraParams: ['columns', 'locale'] });
    assertColumns(register, ctx.query.columns, ctx.query.locale, locale);

    // Strapi's own query validation and sanitising for this content type and this user (unknown
    // fields, private fields, relations the role may not read are rejected or removed).
    // A register kept in a store of its own (form types) has no content type: its source checks
    // the query against the form's fields itself (and answers 400 on an unknown one).
    const given = { filters: ctx.query.filters, sort: ctx.query.sort } as Record<string, unknown>;
    let clean = given as { filters?: Record<string, unknown>; sort?: unknown };
    if (!getService(strapi, 'sources').validatesOwnQuery(register)) {
      const auth = (ctx.state as { auth?: unknown }).auth ?? {};
      const model = strapi.getModel(register.uid as UID.Schema);
      const options = { auth, strictParams: true } as Parameters<typeof strapi.contentAPI.validate.query>[2];
      if (given.filters !== undefined || given.sort !== undefined) await strapi.contentAPI.validate.query(given, model, options);
      clean = (await strapi.contentAPI.sanitize.query(given, model, options)) as typeof clean;
    } else {
      await getService(strapi, 'sources').for(register).validate?.({ register, query: { filters: clean.filters, sort: firstSort(clean.sort) } });
    }

    const abort = new AbortController();
    const body = new PassThrough();
    // The client went away (cancel, closed tab): stop reading rows. Koa destroys the body then too.
    ctx.req.once('close', () => {
      if (!ctx.res.writableFinished) abort.abort();
    });
    body.once('close', () => {
      if (!body.writableFinished) abort.abort();
    });
    ctx.status = 200;
    ctx.set('Content-Type', XLSX_TYPE);
    ctx.set('Content-Disposition', attachment(register.label[locale]));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = body;
    getService(strapi, 'exporter')
      .write({
        register, actor, locale, output: body, signal: abort.signal,
        query: { filters: clean.filters, sort: firstSort(clean.sort) },
        columns: columnNames(ctx.query.columns),
      })
      .then(({ rows, aborted }) => {
        if (aborted) strapi.log.info(`[exports] ${register.key}: cancelled by the client after ${rows} rows`);
      })
      .catch((error: Error) => {
        strapi.log.error(`[exports] ${register.key}: ${error.message}`);
        abortResponse(ctx.res, body);
      });
  },
});
