import type { WorkingCalendar } from '../calendar';
import { type Pause, computeDueAt, remaining } from '../clock';
import type { DeadlineUnit } from '../duration';
import { at, endOf, handCalendar2026, plainWeek, sh, show, withOfficeHours } from './fixtures';

interface Row {
  manual: string;
  start: string;
  amount: number;
  unit: DeadlineUnit;
  /** Pauses as 'from/to' text; 'from/' is a pause still open. */
  pauses: string[];
  due: string;
  calendar?: WorkingCalendar;
}

const pause = (text: string): Pause => {
  const [from, to] = text.split('/');
  return { from: sh(from), to: to ? sh(to) : null };
};

const dueOf = (row: Row): string => {
  const { start, amount, unit } = row;
  const state = computeDueAt({ start: sh(start), amount, unit, calendar: row.calendar ?? plainWeek, pauses: row.pauses.map(pause) });
  return show(state.dueAt);
};

const HOURS = withOfficeHours(plainWeek);

describe('pauses on elapsed deadlines (Monday 2026-11-23, 3 hours from 09:00: due 12:00 unpaused)', () => {
  it.each<Row>([
    { manual: 'waiting for parts 10:00–10:45 moves the due time to 12:45', start: '2026-11-23 09:00', amount: 3, unit: 'hours', pauses: ['2026-11-23 10:00/2026-11-23 10:45'], due: at('2026-11-23', '12:45') },
    { manual: 'a pause before the clock started changes nothing', start: '2026-11-23 09:00', amount: 3, unit: 'hours', pauses: ['2026-11-23 07:00/2026-11-23 08:00'], due: at('2026-11-23', '12:00') },
    { manual: 'a pause straddling the start counts only from the start (08:00–09:30 gives back 30 minutes)', start: '2026-11-23 09:00', amount: 3, unit: 'hours', pauses: ['2026-11-23 08:00/2026-11-23 09:30'], due: at('2026-11-23', '12:30') },
    { manual: 'two overlapping pauses (two reasons at once) count once', start: '2026-11-23 09:00', amount: 3, unit: 'hours', pauses: ['2026-11-23 10:00/2026-11-23 11:00', '2026-11-23 10:30/2026-11-23 11:30'], due: at('2026-11-23', '13:30') },
    { manual: 'a pause beginning after the due time changes nothing: an overdue record stays overdue', start: '2026-11-23 09:00', amount: 3, unit: 'hours', pauses: ['2026-11-23 13:00/2026-11-23 14:00'], due: at('2026-11-23', '12:00') },
    { manual: 'a pause from 11:00 to 15:00 gives back all 4 hours, past the old due time: due 16:00', start: '2026-11-23 09:00', amount: 3, unit: 'hours', pauses: ['2026-11-23 11:00/2026-11-23 15:00'], due: at('2026-11-23', '16:00') },
    { manual: 'the clock resumes where it stopped, pause after pause', start: '2026-11-23 09:00', amount: 3, unit: 'hours', pauses: ['2026-11-23 10:00/2026-11-23 11:00', '2026-11-23 12:00/2026-11-23 14:00'], due: at('2026-11-23', '15:00') },
    { manual: 'a zero-length pause changes nothing', start: '2026-11-23 09:00', amount: 3, unit: 'hours', pauses: ['2026-11-23 10:00/2026-11-23 10:00'], due: at('2026-11-23', '12:00') },
    { manual: 'a week (7 calendar days) paused for 2 days is due 9 days later at the same time', start: '2026-11-23 09:00', amount: 7, unit: 'calendar_days', pauses: ['2026-11-24 09:00/2026-11-26 09:00'], due: at('2026-12-02', '09:00') },
    { manual: 'an open pause after the due time leaves the record overdue, with its due time', start: '2026-11-23 09:00', amount: 3, unit: 'hours', pauses: ['2026-11-23 12:30/'], due: at('2026-11-23', '12:00') },
  ])('$manual', (row) => expect(dueOf(row)).toBe(row.due));
});

describe('pauses on working deadlines (Friday 2026-11-20 17:00, 3 working days: due Wednesday)', () => {
  it.each<Row>([
    { manual: 'with office hours, 住户不在家 Monday 10:00–12:00 moves Wednesday 17:30 to Thursday 10:30', start: '2026-11-20 17:00', amount: 3, unit: 'working_days', pauses: ['2026-11-23 10:00/2026-11-23 12:00'], due: at('2026-11-26', '10:30'), calendar: HOURS },
    { manual: 'a pause on the day of receipt changes nothing: that day never counts', start: '2026-11-20 17:00', amount: 3, unit: 'working_days', pauses: ['2026-11-20 17:30/2026-11-20 22:00'], due: endOf('2026-11-25') },
    { manual: 'a pause over the weekend changes nothing', start: '2026-11-20 17:00', amount: 3, unit: 'working_days', pauses: ['2026-11-21 10:00/2026-11-22 18:00'], due: endOf('2026-11-25') },
    { manual: 'a pause outside office hours changes nothing', start: '2026-11-20 17:00', amount: 3, unit: 'working_days', pauses: ['2026-11-23 18:00/2026-11-24 08:00'], due: at('2026-11-25', '17:30'), calendar: HOURS },
    { manual: 'without office hours a working day counts 24 h, so 4 paused hours move Wednesday end of day to Thursday 04:00', start: '2026-11-20 17:00', amount: 3, unit: 'working_days', pauses: ['2026-11-23 10:00/2026-11-23 14:00'], due: at('2026-11-26', '04:00') },
    { manual: '4 working hours from Friday 16:00 paused from 16:30 to closing are due Monday 12:00', start: '2026-11-20 16:00', amount: 4, unit: 'working_hours', pauses: ['2026-11-20 16:30/2026-11-20 17:30'], due: at('2026-11-23', '12:00'), calendar: HOURS },
    { manual: '4 working hours from Friday 16:00 paused over the night and weekend are still due Monday 11:00', start: '2026-11-20 16:00', amount: 4, unit: 'working_hours', pauses: ['2026-11-20 18:00/2026-11-23 08:00'], due: at('2026-11-23', '11:00'), calendar: HOURS },
    { manual: 'National Day: 3 working days from 30 September, paused 2 h on 8 October, are due Monday 12 October 10:30', start: '2026-09-30 17:00', amount: 3, unit: 'working_days', pauses: ['2026-10-08 09:00/2026-10-08 11:00'], due: at('2026-10-12', '10:30'), calendar: withOfficeHours(handCalendar2026) },
  ])('$manual', (row) => expect(dueOf(row)).toBe(row.due));
});

describe('a clock stopped now (open pause)', () => {
  it('a record waiting for parts since 10:00 has no due time; 2 hours were left when it stopped', () => {
    const state = computeDueAt({ start: sh('2026-11-23 09:00'), amount: 3, unit: 'hours', calendar: plainWeek, pauses: [pause('2026-11-23 10:00/')] });
    expect(state).toEqual({ state: 'paused', dueAt: null, pausedAt: sh('2026-11-23 10:00'), remainingMs: 2 * 3_600_000 });
  });

  it('for working hours the time left is working time: 1.5 h of 4 when stopped Monday 09:30', () => {
    const state = computeDueAt({ start: sh('2026-11-20 16:00'), amount: 4, unit: 'working_hours', calendar: HOURS, pauses: [pause('2026-11-23 09:30/')] });
    expect(state).toMatchObject({ state: 'paused', pausedAt: sh('2026-11-23 09:30'), remainingMs: 1.5 * 3_600_000 });
  });

  it('a pause opened on Saturday stops a working clock from Saturday', () => {
    const state = computeDueAt({ start: sh('2026-11-20 16:00'), amount: 4, unit: 'working_hours', calendar: HOURS, pauses: [pause('2026-11-21 10:00/')] });
    expect(state).toMatchObject({ state: 'paused', pausedAt: sh('2026-11-21 10:00'), remainingMs: 2.5 * 3_600_000 });
  });

  it('closing the open pause at "now" gives the provisional due time', () => {
    const state = computeDueAt({ start: sh('2026-11-23 09:00'), amount: 3, unit: 'hours', calendar: plainWeek, pauses: [pause('2026-11-23 10:00/2026-11-23 15:00')] });
    expect(show(state.dueAt)).toBe(at('2026-11-23', '17:00'));
  });

  it('rejects a pause that ends before it starts', () => {
    const pauses = [pause('2026-11-23 10:00/2026-11-23 09:00')];
    expect(() => computeDueAt({ start: sh('2026-11-23 09:00'), amount: 3, unit: 'hours', calendar: plainWeek, pauses })).toThrow(RangeError);
  });
});

describe('remaining', () => {
  const dueAt = sh(endOf('2026-11-25'));

  it('two hours before the due time: 2 h left, not overdue', () => {
    expect(remaining({ dueAt, now: sh('2026-11-25 21:59:59.999') })).toEqual({ remainingMs: 2 * 3_600_000, overdue: false });
  });

  it('exactly at the due time: nothing left, not yet overdue', () => {
    expect(remaining({ dueAt, now: dueAt })).toEqual({ remainingMs: 0, overdue: false });
  });

  it('at midnight after "end of day": overdue by a millisecond', () => {
    expect(remaining({ dueAt, now: sh('2026-11-26 00:00') })).toEqual({ remainingMs: -1, overdue: true });
  });
});
