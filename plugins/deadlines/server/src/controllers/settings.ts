import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  validateCalendarInput,
  validatePolicy,
  validateQuietHours,
  type CalendarInput,
  type DeadlinePolicyInput,
  type FieldError,
  type QuietHoursInput,
  type SettingsError,
} from '@wuyedesk/contracts';
import { assertNoQuery, fieldValidationError, getService as getRecordsService } from '@wuyedesk/plugin-records';
import { localeOf } from '@wuyedesk/plugin-records/factories';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';

interface QuietHoursStore {
  quietHours(): Promise<QuietHoursInput | null>;
  setQuietHours(value: QuietHoursInput | null): Promise<void>;
}

const bodyOf = (ctx: Context): Record<string, unknown> => {
  const body = (ctx.request as { body?: { data?: unknown } }).body;
  if (!body || typeof body.data !== 'object' || body.data === null || Array.isArray(body.data)) {
    throw new errors.ValidationError(
      localeOf(ctx) === 'en' ? 'Send the setting as { data: { … } }' : '请求格式应为 { data: { … } }',
    );
  }
  return body.data as Record<string, unknown>;
};

/** Settings errors travel like record field errors, so the panel maps each to its form item. */
const refuse = (problems: SettingsError[]) => fieldValidationError(problems as unknown as FieldError[]);

/** The keys a setting takes; any other key is a field error (dropping it would save what was not asked for). */
const pick = <K extends string>(data: Record<string, unknown>, keys: readonly K[], ctx: Context) => {
  const unknown = Object.keys(data).filter((k) => !(keys as readonly string[]).includes(k));
  if (unknown.length) {
    const en = localeOf(ctx) === 'en';
    throw fieldValidationError(
      unknown.map((k) => ({ path: [k], code: 'UNKNOWN_FIELD' as const, message: en ? `Unknown field "${k.slice(0, 40)}"` : `未知字段“${k.slice(0, 40)}”` })),
      undefined,
      localeOf(ctx),
    );
  }
  return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]])) as Partial<Record<K, unknown>>;
};

const POLICY_KEYS = [
  'name',
  'register',
  'clock',
  'conditions',
  'startOn',
  'amount',
  'unit',
  'agreedField',
  'manual',
  'pauseStates',
  'stopStates',
  'stopWhenField',
  'warnBeforeMinutes',
  'warnNotify',
  'escalation',
  'urgent',
  'setsRecordDueAt',
  'active',
] as const satisfies ReadonlyArray<keyof DeadlinePolicyInput>;

/**
 * 时限设置: the administrator edits deadline policies, the working calendar and quiet hours in
 * the panel. Edits apply from the next event of each record (policies and the calendar are read
 * afresh then); clocks already planned keep their due time until their record changes.
 */
export const settingsController = ({ strapi }: { strapi: Core.Strapi }) => {
  const registers = () => getRecordsService(strapi, 'registry').list();
  const quiet = () => strapi.plugin('outbox').service('outbox') as QuietHoursStore;

  const checkedPolicy = async (ctx: Context, data: Partial<DeadlinePolicyInput>) => {
    const problems = validatePolicy({ input: data, registers: await registers(), locale: localeOf(ctx) });
    if (problems.length) throw refuse(problems);
    return { ...data, name: String(data.name).trim() } as DeadlinePolicyInput;
  };

  return {
    async findPolicies(ctx: Context) {
      assertNoQuery(ctx.query as Record<string, unknown>, localeOf(ctx));
      ctx.body = { data: await getService(strapi, 'policies').list() };
    },

    async createPolicy(ctx: Context) {
      const data = pick(bodyOf(ctx), POLICY_KEYS, ctx) as Partial<DeadlinePolicyInput>;
      const input = await checkedPolicy(ctx, {
        conditions: [],
        pauseStates: [],
        stopStates: [],
        escalation: [],
        active: true,
        ...data,
      });
      ctx.body = { data: await getService(strapi, 'policies').create(input) };
    },

    async updatePolicy(ctx: Context) {
      const id = Number(ctx.params.id);
      const current = Number.isInteger(id) ? await getService(strapi, 'policies').view(id) : null;
      if (!current)
        throw new errors.NotFoundError(localeOf(ctx) === 'en' ? 'No such deadline policy' : '找不到该时限规则');
      const { id: _id, updatedAt: _updatedAt, ...base } = current;
      const input = await checkedPolicy(ctx, {
        ...base,
        ...(pick(bodyOf(ctx), POLICY_KEYS, ctx) as Partial<DeadlinePolicyInput>),
      });
      ctx.body = { data: await getService(strapi, 'policies').update(id, input) };
    },

    async findCalendar(ctx: Context) {
      assertNoQuery(ctx.query as Record<string, unknown>, localeOf(ctx));
      ctx.body = { data: await getService(strapi, 'calendar').view() };
    },

    async updateCalendar(ctx: Context) {
      const data = pick(bodyOf(ctx), [
        'weekendDays',
        'holidays',
        'workdays',
        'notes',
      ] as const, ctx) as Partial<CalendarInput>;
      const problems = validateCalendarInput({ input: data, locale: localeOf(ctx) });
      if (problems.length) throw refuse(problems);
      ctx.body = { data: await getService(strapi, 'calendar').save(data) };
    },

    async findQuietHours(ctx: Context) {
      assertNoQuery(ctx.query as Record<string, unknown>, localeOf(ctx));
      ctx.body = { data: await quiet().quietHours() };
    },

    /** `{ data: null }` turns quiet hours off. */
    async updateQuietHours(ctx: Context) {
      const body = (ctx.request as { body?: { data?: unknown } }).body;
      if (body && body.data === null) {
        await quiet().setQuietHours(null);
      } else {
        const data = pick(bodyOf(ctx), ['start', 'end'] as const, ctx) as Partial<QuietHoursInput>;
        const problems = validateQuietHours({ input: data, locale: localeOf(ctx) });
        if (problems.length) throw refuse(problems);
        await quiet().setQuietHours({ start: String(data.start), end: String(data.end) });
      }
      ctx.body = { data: await quiet().quietHours() };
    },
  };
};
