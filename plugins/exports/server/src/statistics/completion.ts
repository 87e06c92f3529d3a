import type { Core } from '@strapi/strapi';
import type { CompletionFigure, Granularity, HandledRegister, StatisticsPeriod } from '@wuyedesk/contracts';
import { BUILT_IN_REGISTERS } from '@wuyedesk/contracts';
import { int, isoWeek, periodBounds, rowsOf, shanghaiDay, tableOf } from './sql';

export const HANDLED_REGISTERS: readonly HandledRegister[] = ['complaint', 'repair-order'];

export const uidOf = (key: string): string => {
  const register = BUILT_IN_REGISTERS.find((r) => r.key === key);
  if (!register) throw new Error(`unknown register ${key}`);
  return register.uid;
};

type Day = Omit<CompletionFigure, 'period' | 'completionRate' | 'onTimeRate'> & { day: string };

/** Received per Shanghai day (not voided): finished on time / late (resolvedAt vs dueAt), or still open. GROUP BY in SQL. */
const perDay = async (strapi: Core.Strapi, register: HandledRegister, period: StatisticsPeriod): Promise<Day[]> => {
  const knex = strapi.db.connection;
  const t = tableOf(strapi, uidOf(register));
  const [received, resolved, due, status] = ['receivedAt', 'resolvedAt', 'dueAt', 'status'].map((a) => t.column(a));
  const day = shanghaiDay(knex, received);
  const { start, end } = periodBounds(period);
  const result = await knex.raw(
    `select ${day} as day, count(*) as received,
       sum(case when ${resolved} is not null and (${due} is null or ${resolved} <= ${due}) then 1 else 0 end) as on_time,
       sum(case when ${resolved} is not null and ${due} is not null and ${resolved} > ${due} then 1 else 0 end) as late,
       sum(case when ${resolved} is null then 1 else 0 end) as open
     from ${t.name} where ${received} >= ? and ${received} < ? and ${status} <> 'void'
     group by ${day} order by 1`,
    [start, end],
  );
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    register, day: String(r.day), received: int(r.received), onTime: int(r.on_time), late: int(r.late), open: int(r.open),
  }));
};

const bucketOf: Record<Granularity, (day: string) => string> = {
  day: (d) => d,
  week: isoWeek,
  month: (d) => d.slice(0, 7),
};

/** Days rolled up into weeks or months (sums of the database's daily counts). */
export const rollUp = (days: Day[], granularity: Granularity): CompletionFigure[] => {
  const groups = new Map<string, CompletionFigure>();
  for (const d of days) {
    const period = bucketOf[granularity](d.day);
    const key = `${d.register}|${period}`;
    const g = groups.get(key) ?? { register: d.register, period, received: 0, onTime: 0, late: 0, open: 0, completionRate: 0, onTimeRate: 0 };
    g.received += d.received;
    g.onTime += d.onTime;
    g.late += d.late;
    g.open += d.open;
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({
    ...g,
    completionRate: g.received ? (g.onTime + g.late) / g.received : 0,
    onTimeRate: g.onTime + g.late ? g.onTime / (g.onTime + g.late) : 0,
  }));
};

export const completionFigures = async (strapi: Core.Strapi, period: StatisticsPeriod): Promise<Record<Granularity, CompletionFigure[]>> => {
  const days = (await Promise.all(HANDLED_REGISTERS.map((r) => perDay(strapi, r, period)))).flat();
  return { day: rollUp(days, 'day'), week: rollUp(days, 'week'), month: rollUp(days, 'month') };
};
