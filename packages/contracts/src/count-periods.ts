/**
 * The periods of the cabinet counts (每日小点/每周大点/每月全盘点, the half-yearly archive check
 * 清点), on the office's Asia/Shanghai calendar (UTC+8 all year, no daylight saving), independent
 * of the server's time zone. A period has a key that names it once ('2026-11-24', '2026-W48',
 * '2026-11', '2026-H2'), so "one count per kind and period" can be a unique column.
 */
export const COUNT_PERIODS = ['day', 'week', 'month', 'half-year'] as const;
export type CountPeriod = (typeof COUNT_PERIODS)[number];

export interface CountPeriodSpan {
  key: string;
  /** First instant of the period. */
  start: Date;
  /** First instant after the period. */
  end: Date;
}

const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** Shanghai midnight of a calendar day given as UTC y/m/d parts (months may overflow). */
const midnight = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day) - OFFSET_MS);

/** ISO week: the week with the year's first Thursday is week 1; weeks start on Monday. */
const isoWeek = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m, d));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(date.getTime() + (3 - weekday) * DAY_MS);
  const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
  const firstMonday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * DAY_MS;
  return { year: thursday.getUTCFullYear(), week: 1 + Math.round((date.getTime() - weekday * DAY_MS - firstMonday) / (7 * DAY_MS)), weekday };
};

/** The period of the given kind that contains `at`. */
export const countPeriodOf = (period: CountPeriod, at: Date): CountPeriodSpan => {
  const local = new Date(at.getTime() + OFFSET_MS);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth();
  const d = local.getUTCDate();
  switch (period) {
    case 'day':
      return { key: `${y}-${pad(m + 1)}-${pad(d)}`, start: midnight(y, m, d), end: midnight(y, m, d + 1) };
    case 'week': {
      const { year, week, weekday } = isoWeek(y, m, d);
      return { key: `${year}-W${pad(week)}`, start: midnight(y, m, d - weekday), end: midnight(y, m, d - weekday + 7) };
    }
    case 'month':
      return { key: `${y}-${pad(m + 1)}`, start: midnight(y, m, 1), end: midnight(y, m + 1, 1) };
    case 'half-year': {
      const first = m < 6 ? 0 : 6;
      return { key: `${y}-H${first ? 2 : 1}`, start: midnight(y, first, 1), end: midnight(y, first + 6, 1) };
    }
  }
};
