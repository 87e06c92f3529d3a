import type { CompletionFigure, Granularity, HandledRegister, StatisticsFigures } from '@wuyedesk/contracts';

export type { StatisticsFigures };

/** The statistics answer (and not Refine's placeholder while it loads). */
export const isFigures = (value: unknown): value is StatisticsFigures =>
  typeof value === 'object' && value !== null && 'completion' in value && 'complaints' in value;

/** One stacked bar segment of the completion chart. */
export interface CompletionPoint {
  period: string;
  outcome: 'onTime' | 'late' | 'open';
  count: number;
}

/** Completion figures of one register as stacked points (on time / late / open per period). */
export const completionPoints = (figures: StatisticsFigures, granularity: Granularity, register: HandledRegister): CompletionPoint[] =>
  figures.completion[granularity]
    .filter((f) => f.register === register)
    .sort((a, b) => a.period.localeCompare(b.period))
    .flatMap((f) => (['onTime', 'late', 'open'] as const).map((outcome) => ({ period: f.period, outcome, count: f[outcome] })));

/** The whole period for one register (sums of the months). */
export const completionTotal = (figures: StatisticsFigures, register: HandledRegister) => {
  const months = figures.completion.month.filter((f: CompletionFigure) => f.register === register);
  const sum = (key: 'received' | 'onTime' | 'late' | 'open') => months.reduce((n, f) => n + f[key], 0);
  const [received, onTime, late, open] = [sum('received'), sum('onTime'), sum('late'), sum('open')];
  return { received, onTime, late, open, completionRate: received ? (onTime + late) / received : 0, onTimeRate: onTime + late ? onTime / (onTime + late) : 0 };
};

/** Percent with one decimal, as staff read rates. */
export const percent = (rate: number): string => `${(rate * 100).toFixed(1)}%`;

/** `YYYY-MM-DD` in Shanghai for a Date (the date picker works in the browser's zone, set to Shanghai). */
export const thisMonth = (now = new Date()): { from: string; to: string } => {
  const today = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  return { from: `${today.slice(0, 7)}-01`, to: today };
};
