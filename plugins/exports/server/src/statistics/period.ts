import type { StatisticsPeriod } from '@wuyedesk/contracts';

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** A year of daily figures is plenty for a dashboard or a workbook; longer periods are refused. */
export const MAX_PERIOD_DAYS = 366;

const isDay = (value: unknown): value is string =>
  typeof value === 'string' && DAY_PATTERN.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

export const shanghaiToday = (now: Date): string => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The calendar month before `now` in Shanghai: the monthly report's period. */
export const previousMonth = (now: Date): StatisticsPeriod => {
  const today = shanghaiToday(now);
  const firstOfThisMonth = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  const lastOfPrevious = new Date(firstOfThisMonth.getTime() - 86_400_000);
  return { from: `${lastOfPrevious.toISOString().slice(0, 7)}-01`, to: lastOfPrevious.toISOString().slice(0, 10) };
};

/** `from`/`to` from a query (Shanghai days, both included); default: this month so far. Returns a problem text instead when wrong. */
export const parsePeriod = (from: unknown, to: unknown, now = new Date()): StatisticsPeriod | { problem: string } => {
  const today = shanghaiToday(now);
  const period = { from: from === undefined ? `${today.slice(0, 7)}-01` : from, to: to === undefined ? today : to };
  if (!isDay(period.from) || !isDay(period.to)) return { problem: '统计期间的日期格式应为 YYYY-MM-DD' };
  if (period.from > period.to) return { problem: '统计期间的开始日期不能晚于结束日期' };
  const days = (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000 + 1;
  if (days > MAX_PERIOD_DAYS) return { problem: `统计期间最长 ${MAX_PERIOD_DAYS} 天` };
  return { from: period.from, to: period.to };
};
