import { type DurationInput, assertValidDuration } from './duration';
import { type Span, budgetMs, countingWindows, runClock } from './windows';

/**
 * A period in which the record sat in a state that stops the clock (等待配件 waiting for parts,
 * 住户不在家 resident not at home…). `to` absent or null: the record is still in that state.
 */
export interface Pause {
  from: Date;
  to?: Date | null;
}

export interface ClockInput extends DurationInput {
  pauses: Pause[];
}

/**
 * Either the clock runs and has a due time (possibly already past: overdue), or it is stopped
 * now by an open pause and has none. `remainingMs` is the counting time still owed when it
 * stopped — working time for working units, so it is not a wall-clock duration for them.
 */
export type ClockState =
  | { state: 'running'; dueAt: Date; pausedAt: null }
  | { state: 'paused'; dueAt: null; pausedAt: Date; remainingMs: number };

const instant = (value: Date, what: string): number => {
  const ms = value instanceof Date ? value.getTime() : NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${what} must be a valid Date`);
  return ms;
};

/**
 * Pauses as sorted, disjoint spans from `start` on: time before the clock started cannot stop
 * it, zero-length pauses vanish, and overlapping pauses (two reasons at once) count once.
 */
export const normalizePauses = (input: { pauses: Pause[]; start: number }): Span[] => {
  const { start } = input;
  const spans = input.pauses
    .map((pause): Span => {
      const from = instant(pause.from, 'A pause start');
      const to = pause.to == null ? Infinity : instant(pause.to, 'A pause end');
      if (to < from) throw new RangeError('A pause cannot end before it starts');
      return { from: Math.max(from, start), to };
    })
    .filter((span) => span.to > span.from)
    .sort((a, b) => a.from - b.from);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
};

/**
 * The due time of a deadline whose clock may have been paused. The clock resumes where it
 * stopped, so only time the clock would have counted is given back:
 * - elapsed units (minutes, hours, calendar_days): the due time moves later by the paused time
 *   that falls between start and the (moving) due time; a pause beginning at or after the due
 *   time changes nothing — an overdue record stays overdue.
 * - working units: paused time inside counting windows (office hours of working days; for
 *   working_days only days after the start day) is not counted; pauses at night, on days off or
 *   on the start day of a working_days deadline change nothing. A working_days deadline pushed
 *   back by a pause therefore ends within a later working day, not at its end: 2 paused hours
 *   move "Wednesday 17:30" to "Thursday 10:30" with office hours 08:30–17:30.
 * With an open pause reached before the due time, the result is `paused`; to show a provisional
 * due time, call again with that pause closed at "now".
 */
export const computeDueAt = (input: ClockInput): ClockState => {
  assertValidDuration(input);
  const start = input.start.getTime();
  const run = runClock({
    windows: countingWindows({ unit: input.unit, calendar: input.calendar, start }),
    budget: budgetMs(input),
    start,
    stops: normalizePauses({ pauses: input.pauses, start }),
  });
  return run.kind === 'due'
    ? { state: 'running', dueAt: new Date(run.at), pausedAt: null }
    : { state: 'paused', dueAt: null, pausedAt: new Date(run.at), remainingMs: run.leftMs };
};

/** Wall-clock time left until a due time; negative once overdue (overdue means now > dueAt). */
export const remaining = (input: { dueAt: Date; now: Date }): { remainingMs: number; overdue: boolean } => {
  const remainingMs = instant(input.dueAt, 'dueAt') - instant(input.now, 'now');
  return { remainingMs, overdue: remainingMs < 0 };
};
