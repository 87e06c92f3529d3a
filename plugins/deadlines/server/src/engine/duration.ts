import { type WorkingCalendar, assertValidCalendar } from './calendar';
import { DEADLINE_UNITS, type DeadlineUnit, budgetMs, countingWindows, runClock } from './windows';

export { DEADLINE_UNITS, DURATION_UNITS, type DeadlineUnit } from './windows';

/**
 * A deadline as an office states it: "30 minutes", "3 hours", "1 week" (7 calendar_days),
 * "3 working days", "4 working hours".
 */
export interface DurationInput {
  /** When the clock starts: the report's received-at (or dispatched-at) instant. */
  start: Date;
  /** How much; non-negative, a whole number for working_days. 0 means "due at start". */
  amount: number;
  unit: DeadlineUnit;
  calendar: WorkingCalendar;
}

/**
 * Checks a duration before computing with it: a policy record with a typo must fail loudly
 * rather than produce a plausible but wrong deadline.
 */
export const assertValidDuration = (input: DurationInput): void => {
  if (!(input.start instanceof Date) || Number.isNaN(input.start.getTime())) {
    throw new RangeError('The start of a deadline must be a valid Date');
  }
  if (!DEADLINE_UNITS.includes(input.unit)) throw new RangeError(`Unknown deadline unit "${String(input.unit)}"`);
  if (!Number.isFinite(input.amount) || input.amount < 0) {
    throw new RangeError(`A deadline amount must be a finite number ≥ 0, got ${input.amount}`);
  }
  if (input.unit === 'time_of_day' && input.amount > 24) {
    throw new RangeError(`time_of_day is hours after midnight, at most 24, got ${input.amount}`);
  }
  if (input.unit === 'working_days' && !Number.isInteger(input.amount)) {
    throw new RangeError(`working_days must be a whole number, got ${input.amount}`);
  }
  assertValidCalendar(input.calendar);
};

/**
 * The due time of a deadline without pauses. Semantics (Asia/Shanghai wall clock):
 *
 * - minutes, hours: plain elapsed time; weekends and holidays are ignored.
 * - calendar_days: N × 24 h after start, so at the same clock time N days later (Shanghai has no
 *   DST, so a day is always 24 h). "Within 1 week" = 7 calendar_days.
 * - working_days: the end of the Nth working day *after* the start day. The start day itself
 *   never counts, worked or not: a report received on Friday 17:00 with 3 working days is due
 *   on Wednesday (Mon, Tue, Wed). "End" is workingHours.end when office hours are set (24:00 is
 *   read as 23:59:59.999, keeping the due time on its own day), otherwise
 *   23:59:59.999. Make-up working days (调休) count; holidays and weekends do not.
 * - working_hours: only time inside office hours on working days counts; a report received out of
 *   hours starts counting when the office next opens. Without workingHours a working day counts
 *   as a whole 24 h (00:00–24:00) and days off count nothing.
 *
 * - time_of_day: that day's wall-clock time `amount` hours after midnight (the key cabinet's
 *   closing time, 18 = 18:00); a start at or after it is due at once. Not additive.
 *
 * An amount of 0 returns the start unchanged for every unit, which keeps the result monotonic and
 * additive: addDuration(addDuration(s, a), b) = addDuration(s, a + b) for every unit (with
 * amounts that are whole milliseconds; property-tested).
 */
export const addDuration = (input: DurationInput): Date => {
  assertValidDuration(input);
  const start = input.start.getTime();
  const run = runClock({
    windows: countingWindows({ unit: input.unit, calendar: input.calendar, start }),
    budget: budgetMs(input),
    start,
    stops: [],
  });
  // Without stops the clock cannot be stopped; the check narrows the type.
  if (run.kind !== 'due') throw new Error('A deadline clock without pauses cannot be stopped');
  return new Date(run.at);
};
