import type { Core } from '@strapi/strapi';
import { assertNoQuery, requestData, ValidationError } from '@wuyedesk/plugin-records';
import { localeOf } from '@wuyedesk/plugin-records/factories';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';

const GRANULARITIES = ['day', 'week', 'month'] as const;

const dateParam = (value: unknown, name: string): Date => {
  const date = typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime()))
    throw new ValidationError(`请提供有效的${name}（ISO 日期时间）`, { code: 'INVALID_PERIOD' });
  return date;
};

const bodyData = (ctx: Context): Record<string, unknown> => requestData(ctx, localeOf(ctx));

/** `GET /api/callback-figures?from&to&granularity`: 回访率 and satisfaction per register, department and period. */
const figuresController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    assertNoQuery(ctx.query as Record<string, unknown>, localeOf(ctx), ['from', 'to', 'granularity']);
    const from = dateParam(ctx.query.from, '开始时间');
    const to = dateParam(ctx.query.to, '结束时间');
    const granularity = (ctx.query.granularity ?? 'month') as (typeof GRANULARITIES)[number];
    if (!GRANULARITIES.includes(granularity))
      throw new ValidationError('统计周期应为 day、week 或 month', { code: 'INVALID_GRANULARITY' });
    if (to <= from) throw new ValidationError('结束时间应晚于开始时间', { code: 'INVALID_PERIOD' });
    ctx.body = { data: await getService(strapi, 'figures').rows({ from, to, granularity }) };
  },
});

/** `/api/callback-rules`: the administrator edits the rules; managers may read them. */
const rulesController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    assertNoQuery(ctx.query as Record<string, unknown>, localeOf(ctx));
    ctx.body = { data: await getService(strapi, 'rules').list() };
  },
  async create(ctx: Context) {
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'rules').create(bodyData(ctx)) };
  },
  async update(ctx: Context) {
    const id = Number(ctx.params.id);
    if (!Number.isInteger(id)) throw new ValidationError('规则编号无效', { code: 'INVALID_ID' });
    ctx.body = { data: await getService(strapi, 'rules').update(id, bodyData(ctx)) };
  },
});

export const controllers = { figures: figuresController, rules: rulesController };
