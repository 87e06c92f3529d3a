import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { assertNoQuery, getService as getRecordsService, localeOf } from '@wuyedesk/plugin-records';
import type { Context } from 'koa';
import { exportLocale } from '../export/parse-query';
import { attachment } from '../export/parse-query';
import { parsePeriod } from '../statistics/period';
import { getService } from '../utils/get-service';
import { XLSX_TYPE } from './exports';

/** Statistics span every department: for the holders of statistics.read (not a department head, by default). */
const assertManager = async (strapi: Core.Strapi, ctx: Context) => {
  const access = getRecordsService(strapi, 'access');
  const actor = await access.actorOf(ctx.state.user);
  access.assertHolds(actor, 'statistics.read', localeOf(ctx));
  return actor;
};

const periodOf = (ctx: Context) => {
  assertNoQuery(ctx.query as Record<string, unknown>, /^en\b/i.test(ctx.get('accept-language') ?? '') ? 'en' : 'zh-CN', ['from', 'to', 'locale']);
  const period = parsePeriod(ctx.query.from, ctx.query.to);
  if ('problem' in period) {
    throw new errors.ValidationError(period.problem, { code: 'BAD_PERIOD', errors: [{ path: ['from'], message: period.problem, name: 'ValidationError' }] });
  }
  return period;
};

export const statisticsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `GET /api/statistics?from=YYYY-MM-DD&to=YYYY-MM-DD`: the figures the dashboard draws. */
  async find(ctx: Context) {
    await assertManager(strapi, ctx);
    const locale = exportLocale(ctx.query.locale, ctx.get('accept-language'));
    ctx.body = { data: await getService(strapi, 'statistics').figures({ period: periodOf(ctx), locale }) };
  },

  /** `GET /api/statistics/workbook.xlsx?from&to`: the same figures as a workbook. */
  async workbook(ctx: Context) {
    await assertManager(strapi, ctx);
    const locale = exportLocale(ctx.query.locale, ctx.get('accept-language'));
    const period = periodOf(ctx);
    const file = await getService(strapi, 'workbook').buffer({ period, locale });
    ctx.set('Content-Type', XLSX_TYPE);
    ctx.set('Content-Disposition', attachment(`${locale === 'en' ? 'statistics' : '统计报表'}-${period.from}-${period.to}`));
    ctx.body = file;
  },

  /** `GET|PUT /api/statistics/monthly-report`: the monthly-report setting (changed by holders of statistics.monthly-report). */
  async reportSettings(ctx: Context) {
    const actor = await assertManager(strapi, ctx);
    const service = getService(strapi, 'monthlyReport');
    if (ctx.method === 'GET') {
      ctx.body = { data: await service.settings() };
      return;
    }
    getRecordsService(strapi, 'access').assertHolds(actor, 'statistics.monthly-report', localeOf(ctx));
    const result = await service.setSettings((ctx.request.body as { data?: unknown } | undefined)?.data);
    if ('problems' in result) {
      throw new errors.ValidationError(result.problems[0].message, {
        code: 'BAD_REPORT_SETTINGS',
        errors: result.problems.map((p) => ({ path: [p.path], message: p.message, name: 'ValidationError' })),
      });
    }
    ctx.body = { data: result };
  },
});
