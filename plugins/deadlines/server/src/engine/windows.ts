import { DEADLINE_UNITS, DURATION_UNITS, type DeadlineUnit } from '@wuyedesk/contracts';
import { type WorkingCalendar, isWorkingDay, workingHoursMs } from './calendar';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, addLocalDays, localDayOf, startOfLocalDay } from './local-day';

// One list of units for the engine, the policy form and its validation (contracts).
export { DEADLINE_UNITS, DURATION_UNITS, type DeadlineUnit };

/**
 * One model behind every unit: a deadline clock runs only inside its *counting windows* and must
 * count a *budget* of milliseconds; the due time is the instant the budget is used up. Pauses are
 * holes cut into the windows. Keeping a single walker means addDuration (no pauses) and
 * computeDueAt (pauses) cannot drift apart.
 */

/** An interval of instants (epoch ms), start included, end excluded; `to` may be Infinity. */
export interface Span {
  from: number;
  to: number;
}

/**
 * "End of day" for working days without office hours: 23:59:59.999, so the due time shows as the
 * day it belongs to (a due time of next 00:00 reads as the wrong day on the panel).
 */
export const END_OF_DAY_MS = MS_PER_DAY - 1;

/** Beyond this many consecutive days off, the calendar is considered broken rather than festive. */
const MAX_DAYS_OFF = 366;

/**
 * The part of a working day a working_days deadline counts, as ms after midnight. Capped at
 * 23:59:59.999 so that office hours ending at '24:00' still put the due time on its own day —
 * otherwise it would fall on the next day, maybe a day off, and stop being additive.
 */
const workingDayWindow = (calendar: WorkingCalendar): Span => {
  const hours = workingHoursMs(calendar);
  return { from: hours.start, to: Math.min(hours.end, END_OF_DAY_MS) };
};

/** How many ms of counting time `amount` of `unit` is; amounts are rounded to the millisecond. */
export const budgetMs = (input: { unit: DeadlineUnit; amount: number; calendar: WorkingCalendar; start: Date | number }): number => {
  const { amount, calendar } = input;
  switch (input.unit) {
    case 'time_of_day': {
      const start = Number(input.start);
      return Math.max(0, startOfLocalDay(localDayOf(start)) + Math.round(amount * MS_PER_HOUR) - start);
    }
    case 'minutes':
      return Math.round(amount * MS_PER_MINUTE);
    case 'hours':
    case 'working_hours':
      return Math.round(amount * MS_PER_HOUR);
    case 'calendar_days':
      return Math.round(amount * MS_PER_DAY);
    case 'working_days': {
      const window = workingDayWindow(calendar);
      return amount * (window.to - window.from);
    }
  }
};

/** Working days from `firstDay` on, yielding each one's counting window; guards empty calendars. */
function* workingDayWindows(calendar: WorkingCalendar, firstDay: string, window: Span): Generator<Span> {
  let daysOff = 0;
  for (let day = firstDay; ; day = addLocalDays(day, 1)) {
    if (!isWorkingDay(calendar, day)) {
      daysOff += 1;
      if (daysOff > MAX_DAYS_OFF) throw new RangeError(`No working day in the year after ${firstDay}`);
      continue;
    }
    daysOff = 0;
    const midnight = startOfLocalDay(day);
    yield { from: midnight + window.from, to: midnight + window.to };
  }
}

/**
 * The spans in which the clock of `unit` runs, in order, from `start` on:
 * - elapsed units: all time from start;
 * - working_hours: office hours (or whole days) of working days, from start;
 * - working_days: the windows of working days *after* the start day, which never counts.
 */
export function* countingWindows(input: { unit: DeadlineUnit; calendar: WorkingCalendar; start: number }): Generator<Span> {
  const { unit, calendar, start } = input;
  if (unit === 'minutes' || unit === 'hours' || unit === 'calendar_days' || unit === 'time_of_day') {
    yield { from: start, to: Infinity };
    return;
  }
  const startDay = localDayOf(start);
  if (unit === 'working_days') {
    yield* workingDayWindows(calendar, addLocalDays(startDay, 1), workingDayWindow(calendar));
    return;
  }
  const hours = workingHoursMs(calendar);
  for (const window of workingDayWindows(calendar, startDay, { from: hours.start, to: hours.end })) {
    if (window.to > start) yield { from: Math.max(window.from, start), to: window.to };
  }
}

export type ClockRun = { kind: 'due'; at: number } | { kind: 'stopped'; at: number; leftMs: number };

/**
 * Walks the windows minus the stops (sorted, disjoint, `to` may be Infinity for an open pause)
 * until `budget` ms are counted. A stop beginning exactly when the budget runs out does not
 * matter: the deadline had been reached. Reaching an open stop means the clock is stopped now.
 */
export const runClock = (input: { windows: Iterable<Span>; budget: number; start: number; stops: Span[] }): ClockRun => {
  if (input.budget === 0) return { kind: 'due', at: input.start };
  let left = input.budget;
  let next = 0;
  for (const window of input.windows) {
    let cursor = window.from;
    while (cursor < window.to) {
      while (next < input.stops.length && input.stops[next].to <= cursor) next += 1;
      const stop = input.stops[next] as Span | undefined;
      if (stop && stop.from <= cursor) {
        if (stop.to === Infinity) return { kind: 'stopped', at: stop.from, leftMs: left };
        cursor = stop.to;
        continue;
      }
      const end = Math.min(window.to, stop ? stop.from : Infinity);
      if (left <= end - cursor) return { kind: 'due', at: cursor + left };
      left -= end - cursor;
      cursor = end;
    }
  }
  throw new RangeError('The counting windows ended before the deadline was reached');
};
