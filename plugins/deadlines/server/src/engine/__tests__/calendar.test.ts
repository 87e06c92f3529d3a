import { calendarProblems, createCalendar, isWorkingDay } from '../calendar';
import {
  addLocalDays,
  isLocalDay,
  localDayOf,
  parseClockTime,
  shanghaiOffsetMs,
  startOfLocalDay,
  weekdayOf,
} from '../local-day';
import { handCalendar2026, plainWeek, sh } from './fixtures';

describe('Shanghai local days', () => {
  it('Shanghai is UTC+8 all year (no daylight saving since 1991)', () => {
    expect(shanghaiOffsetMs(Date.UTC(2026, 0, 15))).toBe(8 * 3_600_000);
    expect(shanghaiOffsetMs(Date.UTC(2026, 6, 15))).toBe(8 * 3_600_000);
  });

  it('a day begins at 00:00 Shanghai, which is 16:00 UTC the day before', () => {
    expect(new Date(startOfLocalDay('2026-10-01')).toISOString()).toBe('2026-09-30T16:00:00.000Z');
    expect(localDayOf(Date.parse('2026-09-30T15:59:59.999Z'))).toBe('2026-09-30');
    expect(localDayOf(Date.parse('2026-09-30T16:00:00.000Z'))).toBe('2026-10-01');
  });

  it('day arithmetic crosses months, years and leap days', () => {
    expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addLocalDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addLocalDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('knows the day of the week (0 = Sunday)', () => {
    expect(weekdayOf('2026-10-10')).toBe(6);
    expect(weekdayOf('2026-11-22')).toBe(0);
    expect(weekdayOf('2026-11-23')).toBe(1);
  });

  it('accepts only real YYYY-MM-DD days', () => {
    expect(isLocalDay('2026-02-28')).toBe(true);
    expect(['2026-02-29', '2026-2-3', '2026/02/03', '', '2026-13-01'].filter(isLocalDay)).toEqual([]);
  });

  it('reads office hours as HH:mm up to 24:00', () => {
    expect(parseClockTime('08:30')).toBe(8.5 * 3_600_000);
    expect(parseClockTime('24:00')).toBe(24 * 3_600_000);
    for (const bad of ['8:30', '24:30', '12:60', 'noon']) expect(() => parseClockTime(bad)).toThrow(RangeError);
  });
});

describe('isWorkingDay', () => {
  it('an ordinary Monday is worked, Saturday and Sunday are not', () => {
    expect(isWorkingDay(plainWeek, '2026-11-23')).toBe(true);
    expect(isWorkingDay(plainWeek, '2026-11-21')).toBe(false);
    expect(isWorkingDay(plainWeek, '2026-11-22')).toBe(false);
  });

  it('a public holiday on a weekday is off: Thursday 1 October 2026 (国庆节)', () => {
    expect(isWorkingDay(handCalendar2026, '2026-10-01')).toBe(false);
  });

  it('a make-up day on a weekend is worked: Saturday 10 October and Sunday 20 September 2026 (调休上班)', () => {
    expect(isWorkingDay(handCalendar2026, '2026-10-10')).toBe(true);
    expect(isWorkingDay(handCalendar2026, '2026-09-20')).toBe(true);
  });

  it('an office that works Saturdays sets only Sunday as weekend', () => {
    const sixDays = createCalendar({ weekendDays: [0] });
    expect(isWorkingDay(sixDays, '2026-11-21')).toBe(true);
    expect(isWorkingDay(sixDays, '2026-11-22')).toBe(false);
  });

  it('a day listed both ways counts as worked (the make-up list is the override) and is reported', () => {
    const both = createCalendar({ holidays: ['2026-11-23'], workdays: ['2026-11-23'] });
    expect(isWorkingDay(both, '2026-11-23')).toBe(true);
    expect(calendarProblems(both)).toEqual(['2026-11-23 is both a holiday and a make-up working day']);
  });
});

describe('calendarProblems', () => {
  it('a plain calendar and the 2026 calendar are valid', () => {
    expect(calendarProblems(createCalendar())).toEqual([]);
    expect(calendarProblems(handCalendar2026)).toEqual([]);
  });

  it('createCalendar defaults to Monday–Friday with no holidays', () => {
    expect(createCalendar()).toEqual(plainWeek);
  });

  it('lists every mistake an administrator can make', () => {
    const problems = calendarProblems({
      timeZone: 'Asia/Shanghai',
      weekendDays: [0, 7],
      holidays: ['2026-02-30'],
      workdays: ['10/10/2026'],
      workingHours: { start: '17:30', end: '08:30' },
    });
    expect(problems).toEqual([
      'Weekend day 7 is not 0–6',
      '"2026-02-30" is not a YYYY-MM-DD day',
      '"10/10/2026" is not a YYYY-MM-DD day',
      'Working hours must start before they end',
    ]);
    expect(calendarProblems({ ...plainWeek, workingHours: { start: '8:30', end: '17:30' } })).toEqual([
      'Not a HH:mm time of day: "8:30"',
    ]);
  });

  it('an instant helper sanity check: sh() reads Shanghai wall-clock text', () => {
    expect(sh('2026-10-01 00:00').toISOString()).toBe('2026-09-30T16:00:00.000Z');
  });
});
