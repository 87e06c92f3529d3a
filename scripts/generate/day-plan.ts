import { shanghaiDay } from '@wuyedesk/contracts';
import type { Random } from './types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Shanghai has no daylight saving time: its days start at 16:00 UTC. */
const SHANGHAI_OFFSET = 8 * HOUR;

export interface PlannedDay {
  /** YYYYMMDD in Asia/Shanghai, as in record numbers. */
  day: string;
  /** The instants records of this day may take: [start, end) in ms, end ≤ now. */
  start: number;
  end: number;
  count: number;
}

const shanghaiMidnight = (at: number) => Math.floor((at + SHANGHAI_OFFSET) / DAY) * DAY - SHANGHAI_OFFSET;

/**
 * Spreads `count` records over the last `days` Shanghai days up to `now`: weekends quieter,
 * each day ±20 %, today in proportion to how much of it has passed. Largest remainders make
 * the counts add up exactly. Oldest day first, so numbers grow with time like real ones.
 */
export const planDays = ({ random, count, days, now }: { random: Random; count: number; days: number; now: Date }): PlannedDay[] => {
  const today = shanghaiMidnight(now.getTime());
  const plan: PlannedDay[] = [];
  const weights: number[] = [];
  for (let back = days - 1; back >= 0; back--) {
    const start = today - back * DAY;
    const end = Math.min(start + DAY, now.getTime());
    const weekday = new Date(start + SHANGHAI_OFFSET).getUTCDay();
    const busy = weekday === 0 || weekday === 6 ? 0.7 : 1;
    weights.push(busy * (0.8 + 0.4 * random.next()) * ((end - start) / DAY));
    plan.push({ day: shanghaiDay(new Date(start)), start, end, count: 0 });
  }
  const total = weights.reduce((sum, w) => sum + w, 0);
  const exact = weights.map((w) => (total > 0 ? (w / total) * count : count / days));
  plan.forEach((p, i) => (p.count = Math.floor(exact[i])));
  const missing = count - plan.reduce((sum, p) => sum + p.count, 0);
  const byRemainder = exact.map((value, i) => ({ i, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; k < missing; k++) plan[byRemainder[k % plan.length].i].count += 1;
  return plan;
};

/** Office hours in Shanghai, when most reports come in: 08:00–20:00. */
const OFFICE_START = 8 * HOUR;
const OFFICE_LENGTH = 12 * HOUR;

/**
 * The instants of one day's records, ascending (so numbers follow time): 85 % in office
 * hours, the rest at any hour (night emergencies, online reports), never at or after `end`.
 */
export const instantsOfDay = (random: Random, day: PlannedDay): Float64Array => {
  const instants = new Float64Array(day.count);
  const span = day.end - day.start;
  for (let i = 0; i < day.count; i++) {
    let offset = random.chance(0.85) ? OFFICE_START + random.next() * OFFICE_LENGTH : random.next() * DAY;
    // Today is not over yet: whatever falls in its future lands somewhere in its past.
    if (offset >= span) offset = random.next() * span;
    instants[i] = Math.floor(day.start + offset);
  }
  return instants.sort();
};
