import { isLate as isWorkLate } from '@wuyedesk/contracts';
import { computeDueAt, type Pause, type WorkingCalendar } from '../engine';
import type { DeadlinePolicy, PlannedStep } from './types';

export type ClockStateName = 'running' | 'paused' | 'stopped' | 'waiting' | 'manual';

/** What is stored of a clock between events. */
export interface ClockMemory {
  startedAt: Date | null;
  stoppedAt: Date | null;
  pauses: Pause[];
}

export interface ClockPlan extends ClockMemory {
  state: ClockStateName;
  dueAt: Date | null;
  steps: PlannedStep[];
  /** The first planned step not fired yet; null when nothing is left to fire. */
  next: PlannedStep | null;
}

const MINUTE = 60_000;

/** The most repeats one escalation step may plan (a daily reminder for about three months). */
export const MAX_REPEATS = 90;

const dateOf = (value: unknown): Date | null => {
  if (value == null || value === '') return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date;
};

/** The warning and escalation steps of a due time, in time order. */
export const planSteps = (policy: DeadlinePolicy, dueAt: Date): PlannedStep[] => {
  const due = dueAt.getTime();
  const steps: PlannedStep[] = [];
  if (policy.warnBeforeMinutes && policy.warnBeforeMinutes > 0) {
    steps.push({ key: 'warning', at: due - policy.warnBeforeMinutes * MINUTE, kind: 'warning', level: 0, notify: policy.warnNotify || 'assignee' });
  }
  for (const step of policy.escalation) {
    const first = due + step.afterMinutes * MINUTE;
    steps.push({ key: `level-${step.level}`, at: first, kind: 'escalation', level: step.level, notify: step.notify });
    // Repeats are planned steps like any other (own key, fired once each); the plan stays finite.
    const every = step.repeatEveryMinutes ?? 0;
    const times = every > 0 ? Math.min(Math.max(0, Math.floor(step.repeatTimes ?? MAX_REPEATS)), MAX_REPEATS) : 0;
    for (let repeat = 1; repeat <= times; repeat += 1) {
      steps.push({ key: `level-${step.level}-repeat-${repeat}`, at: first + repeat * every * MINUTE, kind: 'escalation', level: step.level, notify: step.notify, repeat });
    }
  }
  return steps.sort((a, b) => a.at - b.at || a.level - b.level);
};

/**
 * Pauses follow the record's state: entering a pause state opens one at `at`, leaving it closes
 * the open one. Anything else leaves them as they were.
 */
export const nextPauses = ({ pauses, status, pauseStates, at }: { pauses: Pause[]; status: string; pauseStates: string[]; at: Date }): Pause[] => {
  const open = pauses.find((p) => p.to == null);
  const inPause = pauseStates.includes(status);
  if (inPause && !open) return [...pauses, { from: at, to: null }];
  if (!inPause && open) return pauses.map((p) => (p === open ? { from: p.from, to: at } : p));
  return pauses;
};

/**
 * Plans one clock of a record after an event: when it started, whether it runs, stands still or
 * has stopped, its due time and the steps still to fire. Pure: the caller loads the record, the
 * policy, the calendar and the stored memory, and writes the result.
 *
 * - start: `startOn: 'created'` starts at `startField` (receivedAt), an action name at that
 *   action's stamp (dispatch → dispatchedAt); not reached yet → state 'waiting'.
 * - agreedField: the due time is the field's value (特别复杂); empty → 'waiting'.
 * - manual: never computed (重大报修, set by the manager) → 'manual'.
 * - pauses: the engine gives back only time the unit would have counted; an open pause → 'paused'.
 * - stopped (a stop state, or stopWhenField has a value): the due time stays for lateness checks,
 *   nothing more fires.
 */
export const planClock = (input: {
  policy: DeadlinePolicy;
  record: Record<string, unknown>;
  status: string;
  /** The record field a 'created' clock starts from (the register's numberDateField). */
  startField: string | null;
  /** The stamp field of the start action, when startOn names one. */
  startStampField: string | null;
  memory: ClockMemory | null;
  /** When the event happened (an action's stamp, or now). */
  at: Date;
  fired: ReadonlySet<string>;
  calendar: WorkingCalendar;
}): ClockPlan => {
  const { policy, record, status, at } = input;
  const startedAt =
    policy.startOn === 'created'
      ? dateOf(input.startField ? record[input.startField] : null) ?? dateOf(record.createdAt)
      : dateOf(input.startStampField ? record[input.startStampField] : null);
  const pauses = nextPauses({ pauses: input.memory?.pauses ?? [], status, pauseStates: policy.pauseStates, at });
  const stopValue = policy.stopWhenField ? dateOf(record[policy.stopWhenField]) : null;
  const isStopped = policy.stopStates.includes(status) || stopValue !== null;
  const stoppedAt = isStopped ? (input.memory?.stoppedAt ?? stopValue ?? at) : null;
  const base = { startedAt, stoppedAt, pauses };
  const idle = (state: ClockStateName): ClockPlan => ({ ...base, state, dueAt: null, steps: [], next: null });

  if (policy.manual) return idle('manual');
  if (!startedAt) return idle('waiting');

  let dueAt: Date | null;
  if (policy.agreedField) {
    dueAt = dateOf(record[policy.agreedField]);
    if (!dueAt) return idle(isStopped ? 'stopped' : 'waiting');
  } else {
    const clock = computeDueAt({ start: startedAt, amount: policy.amount, unit: policy.unit, calendar: input.calendar, pauses });
    if (clock.state === 'paused') return idle(isStopped ? 'stopped' : 'paused');
    dueAt = clock.dueAt;
  }
  if (isStopped) return { ...base, state: 'stopped', dueAt, steps: [], next: null };
  const steps = planSteps(policy, dueAt);
  return { ...base, state: 'running', dueAt, steps, next: steps.find((s) => !input.fired.has(s.key)) ?? null };
};

/**
 * A clock's lateness, by the contracts' one answer to "is this late?".
 * Late means the clock's work finished (or is still unfinished at `now`) after its due time.
 * A clock standing still or without a due time is not late.
 */
export const isLate = ({ dueAt, stoppedAt, now }: { dueAt: Date | null; stoppedAt: Date | null; now: Date }): boolean =>
  isWorkLate({ dueAt, finishedAt: stoppedAt, now });
