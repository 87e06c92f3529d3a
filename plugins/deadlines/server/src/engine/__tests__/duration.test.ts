import type { WorkingCalendar } from '../calendar';
import { type DeadlineUnit, addDuration } from '../duration';
import { seedCalendar } from '../holidays';
import {
  at,
  endOf,
  handCalendar2026,
  plainWeek,
  sh,
  show,
  springFestival2027,
  withOfficeHours,
} from './fixtures';

interface Row {
  manual: string;
  start: string;
  amount: number;
  unit: DeadlineUnit;
  due: string;
  officeHours?: boolean;
}

const check = (calendar: WorkingCalendar) => (row: Row) => {
  const used = row.officeHours ? withOfficeHours(calendar) : calendar;
  expect(show(addDuration({ start: sh(row.start), amount: row.amount, unit: row.unit, calendar: used }))).toBe(row.due);
};

describe('an ordinary week (weekends only; Friday is 2026-11-20)', () => {
  it.each<Row>([
    { manual: 'a complaint received on Friday 17:00 with 3 working days is due Wednesday end of day', start: '2026-11-20 17:00', amount: 3, unit: 'working_days', due: endOf('2026-11-25') },
    { manual: 'a report received on Saturday counts from Monday: 1 working day is due Monday end of day', start: '2026-11-21 10:00', amount: 1, unit: 'working_days', due: endOf('2026-11-23') },
    { manual: 'a report received on Sunday 23:59 with 1 working day is due Monday end of day', start: '2026-11-22 23:59', amount: 1, unit: 'working_days', due: endOf('2026-11-23') },
    { manual: 'the day of receipt never counts: Monday 08:00 with 1 working day is due Tuesday end of day', start: '2026-11-23 08:00', amount: 1, unit: 'working_days', due: endOf('2026-11-24') },
    { manual: 'with office hours 08:30–17:30, Friday 17:00 with 3 working days is due Wednesday 17:30', start: '2026-11-20 17:00', amount: 3, unit: 'working_days', due: at('2026-11-25', '17:30'), officeHours: true },
    { manual: 'special cases, at most 7 working days from Monday, are due Wednesday of the next week', start: '2026-11-16 11:00', amount: 7, unit: 'working_days', due: endOf('2026-11-25') },
    { manual: '一般投诉 30 minutes from Friday 23:50 is due Saturday 00:20: weekends do not stop elapsed time', start: '2026-11-20 23:50', amount: 30, unit: 'minutes', due: at('2026-11-21', '00:20') },
    { manual: '较复杂投诉 3 hours from Friday 16:00 is due Friday 19:00, office hours or not', start: '2026-11-20 16:00', amount: 3, unit: 'hours', due: at('2026-11-20', '19:00'), officeHours: true },
    { manual: '一般报修 within 24 hours from Saturday 09:15 is due Sunday 09:15', start: '2026-11-21 09:15', amount: 24, unit: 'hours', due: at('2026-11-22', '09:15') },
    { manual: '大的报修 within 1 week (7 calendar days) from Friday 10:00 is due next Friday 10:00', start: '2026-11-20 10:00', amount: 7, unit: 'calendar_days', due: at('2026-11-27', '10:00') },
    { manual: '书面咨询 within 2 days from Friday 10:00 is due Sunday 10:00', start: '2026-11-20 10:00', amount: 2, unit: 'calendar_days', due: at('2026-11-22', '10:00') },
    { manual: '4 working hours from Friday 16:00 are due Monday 11:00 (1.5 h on Friday, 2.5 h on Monday)', start: '2026-11-20 16:00', amount: 4, unit: 'working_hours', due: at('2026-11-23', '11:00'), officeHours: true },
    { manual: '2 working hours from Saturday are due Monday 10:30', start: '2026-11-21 09:00', amount: 2, unit: 'working_hours', due: at('2026-11-23', '10:30'), officeHours: true },
    { manual: '2 working hours received Monday 07:00, before opening, are due Monday 10:30', start: '2026-11-23 07:00', amount: 2, unit: 'working_hours', due: at('2026-11-23', '10:30'), officeHours: true },
    { manual: '2 working hours received Monday 19:00, after closing, are due Tuesday 10:30', start: '2026-11-23 19:00', amount: 2, unit: 'working_hours', due: at('2026-11-24', '10:30'), officeHours: true },
    { manual: 'working hours running out exactly at closing are due 17:30, not the next morning', start: '2026-11-23 09:30', amount: 8, unit: 'working_hours', due: at('2026-11-23', '17:30'), officeHours: true },
    { manual: 'without office hours, 24 working hours from Friday 18:00 are due Monday 18:00', start: '2026-11-20 18:00', amount: 24, unit: 'working_hours', due: at('2026-11-23', '18:00') },
  ])('$manual', check(plainWeek));
});

describe('time_of_day: keys come back the same day, by the closing time (docs/keys.md §4.3)', () => {
  it.each<Row>([
    { manual: 'a key lent Tuesday 09:15 with closing time 18 is due Tuesday 18:00', start: '2026-11-24 09:15', amount: 18, unit: 'time_of_day', due: at('2026-11-24', '18:00') },
    { manual: 'a closing time of 17.5 is 17:30', start: '2026-11-24 09:15', amount: 17.5, unit: 'time_of_day', due: at('2026-11-24', '17:30') },
    { manual: 'a key lent at 00:00 is due the same day, not the day before', start: '2026-11-24 00:00', amount: 18, unit: 'time_of_day', due: at('2026-11-24', '18:00') },
    { manual: 'a key lent on Saturday is due on Saturday too: days off do not matter', start: '2026-11-21 10:00', amount: 18, unit: 'time_of_day', due: at('2026-11-21', '18:00') },
    { manual: 'a key lent exactly at closing time is due at once', start: '2026-11-24 18:00', amount: 18, unit: 'time_of_day', due: at('2026-11-24', '18:00') },
    { manual: 'a key lent after closing (19:30) is due at once: it must not stay out overnight', start: '2026-11-24 19:30', amount: 18, unit: 'time_of_day', due: at('2026-11-24', '19:30') },
    { manual: 'office hours do not move the closing time', start: '2026-11-24 08:00', amount: 18, unit: 'time_of_day', due: at('2026-11-24', '18:00'), officeHours: true },
    { manual: 'a closing time of 24 is the end of the day', start: '2026-11-24 23:00', amount: 24, unit: 'time_of_day', due: at('2026-11-25', '00:00') },
  ])('$manual', check(plainWeek));

  it('refuses a closing time beyond 24 hours', () => {
    expect(() => addDuration({ start: sh('2026-11-24 09:00'), amount: 25, unit: 'time_of_day', calendar: plainWeek })).toThrow(RangeError);
  });
});

describe.each([
  ['hand-entered from the State Council notice', handCalendar2026],
  ['seeded from chinese-days', seedCalendar({ years: [2026] })],
])('National Day, Mid-Autumn and Spring Festival 2026 (%s)', (_source, calendar) => {
  it.each<Row>([
    { manual: 'a complaint received Wednesday 30 September 17:00 with 3 working days is due on the make-up Saturday 10 October', start: '2026-09-30 17:00', amount: 3, unit: 'working_days', due: endOf('2026-10-10') },
    { manual: 'with 1 working day it is due Thursday 8 October, the first day back', start: '2026-09-30 17:00', amount: 1, unit: 'working_days', due: endOf('2026-10-08') },
    { manual: 'a report on Friday 18 September with 1 working day is due on the make-up Sunday 20 September', start: '2026-09-18 16:00', amount: 1, unit: 'working_days', due: endOf('2026-09-20') },
    { manual: 'a report on Thursday 24 September with 1 working day skips Mid-Autumn and is due Monday 28 September', start: '2026-09-24 09:00', amount: 1, unit: 'working_days', due: endOf('2026-09-28') },
    { manual: 'a report received on the make-up Saturday 10 October with 1 working day is due Monday 12 October', start: '2026-10-10 10:00', amount: 1, unit: 'working_days', due: endOf('2026-10-12') },
    { manual: 'a report received during the break (3 October) with 2 working days is due Friday 9 October', start: '2026-10-03 12:00', amount: 2, unit: 'working_days', due: endOf('2026-10-09') },
    { manual: '8 working hours from Wednesday 30 September 15:00 are due Thursday 8 October 14:00', start: '2026-09-30 15:00', amount: 8, unit: 'working_hours', due: at('2026-10-08', '14:00'), officeHours: true },
    { manual: '7 calendar days from 30 September 10:00 are due 7 October 10:00, holiday or not', start: '2026-09-30 10:00', amount: 7, unit: 'calendar_days', due: at('2026-10-07', '10:00') },
    { manual: 'Friday 13 February with 1 working day is due on the make-up Saturday 14 February', start: '2026-02-13 17:00', amount: 1, unit: 'working_days', due: endOf('2026-02-14') },
    { manual: 'Friday 13 February with 3 working days is due Wednesday 25 February, after the nine-day break', start: '2026-02-13 17:00', amount: 3, unit: 'working_days', due: endOf('2026-02-25') },
    { manual: 'a report on the make-up Saturday 14 February with 1 working day is due Tuesday 24 February', start: '2026-02-14 11:00', amount: 1, unit: 'working_days', due: endOf('2026-02-24') },
    { manual: 'Friday 27 February with 1 working day is due on the make-up Saturday 28 February', start: '2026-02-27 10:00', amount: 1, unit: 'working_days', due: endOf('2026-02-28') },
    { manual: 'special cases, 7 working days from Thursday 12 February, are due Saturday 28 February', start: '2026-02-12 10:00', amount: 7, unit: 'working_days', due: endOf('2026-02-28') },
    { manual: '4 working hours from Friday 13 February 16:00 are due on the make-up Saturday 14 February 11:00', start: '2026-02-13 16:00', amount: 4, unit: 'working_hours', due: at('2026-02-14', '11:00'), officeHours: true },
  ])('$manual', check(calendar));
});

describe('New Year 2026 (seeded 2025 and 2026)', () => {
  it.each<Row>([
    { manual: 'Wednesday 31 December 2025 with 1 working day is due on the make-up Sunday 4 January 2026', start: '2025-12-31 15:00', amount: 1, unit: 'working_days', due: endOf('2026-01-04') },
    { manual: 'Wednesday 31 December 2025 with 2 working days is due Monday 5 January 2026', start: '2025-12-31 15:00', amount: 2, unit: 'working_days', due: endOf('2026-01-05') },
  ])('$manual', check(seedCalendar({ years: [2025, 2026] })));
});

describe('Spring Festival 2027 (hand-entered, hypothetical arrangement: off 5–13 February)', () => {
  it.each<Row>([
    { manual: 'Thursday 4 February 17:00 with 1 working day is due Monday 15 February, after the break', start: '2027-02-04 17:00', amount: 1, unit: 'working_days', due: endOf('2027-02-15') },
    { manual: 'Thursday 4 February 17:00 with 3 working days is due Wednesday 17 February', start: '2027-02-04 17:00', amount: 3, unit: 'working_days', due: endOf('2027-02-17') },
    { manual: 'Friday 29 January with 1 working day is due on the make-up Sunday 31 January', start: '2027-01-29 10:00', amount: 1, unit: 'working_days', due: endOf('2027-01-31') },
    { manual: 'Friday 19 February with 1 working day is due on the make-up Saturday 20 February', start: '2027-02-19 10:00', amount: 1, unit: 'working_days', due: endOf('2027-02-20') },
    { manual: '10 working hours from Thursday 4 February 12:00 are due Monday 15 February 13:00', start: '2027-02-04 12:00', amount: 10, unit: 'working_hours', due: at('2027-02-15', '13:00'), officeHours: true },
  ])('$manual', check(springFestival2027));
});

describe('amounts and mistakes', () => {
  const start = sh('2026-11-20 17:00');

  it.each<DeadlineUnit>(['minutes', 'hours', 'calendar_days', 'working_days', 'working_hours'])(
    'an amount of 0 %s is due at once',
    (unit) => {
      expect(addDuration({ start, amount: 0, unit, calendar: plainWeek }).getTime()).toBe(start.getTime());
    },
  );

  it('fractions of an hour are allowed: 1.5 hours from 17:00 is 18:30', () => {
    expect(show(addDuration({ start, amount: 1.5, unit: 'hours', calendar: plainWeek }))).toBe(at('2026-11-20', '18:30'));
  });

  it.each([
    ['a negative amount', { amount: -1, unit: 'hours' as const }],
    ['an amount that is not a number', { amount: Number.NaN, unit: 'hours' as const }],
    ['half a working day', { amount: 0.5, unit: 'working_days' as const }],
    ['an unknown unit', { amount: 1, unit: 'weeks' as unknown as DeadlineUnit }],
  ])('rejects %s', (_what, input) => {
    expect(() => addDuration({ start, calendar: plainWeek, ...input })).toThrow(RangeError);
  });

  it('rejects an invalid start and an invalid calendar', () => {
    expect(() => addDuration({ start: new Date('nope'), amount: 1, unit: 'hours', calendar: plainWeek })).toThrow(RangeError);
    const typo = { ...plainWeek, holidays: ['2026-02-30'] };
    expect(() => addDuration({ start, amount: 1, unit: 'hours', calendar: typo })).toThrow(/2026-02-30/);
  });

  it('a round-the-clock desk (office hours 00:00–24:00) has working days end at 23:59:59.999 of their own day', () => {
    const allDay = { ...plainWeek, workingHours: { start: '00:00', end: '24:00' } };
    expect(show(addDuration({ start, amount: 3, unit: 'working_days', calendar: allDay }))).toBe(endOf('2026-11-25'));
    expect(show(addDuration({ start, amount: 7, unit: 'working_hours', calendar: allDay }))).toBe(at('2026-11-21', '00:00'));
  });

  it('fails loudly instead of looping when the calendar has no working day', () => {
    const closed = { ...plainWeek, weekendDays: [0, 1, 2, 3, 4, 5, 6] };
    expect(() => addDuration({ start, amount: 1, unit: 'working_days', calendar: closed })).toThrow(/No working day/);
    expect(() => addDuration({ start, amount: 1, unit: 'working_hours', calendar: closed })).toThrow(/No working day/);
  });
});
