import { firstWorkingDay } from '../report/first-working-day';
import { parsePeriod, previousMonth } from '../statistics/period';
import { isoWeek } from '../statistics/sql';

const calendar = { weekendDays: [0, 6], holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08'], workdays: ['2026-10-10'] };

describe('the monthly report’s day', () => {
  it('is the first working day after the National Day holiday', () => {
    expect(firstWorkingDay(calendar, '2026-10')).toBe('2026-10-09');
  });

  it('skips a weekend at the start of a month', () => {
    expect(firstWorkingDay(calendar, '2026-08')).toBe('2026-08-03');
  });

  it('reports on the calendar month before, in Shanghai time', () => {
    // 2026-10-31T17:00Z is already 1 November in Shanghai.
    expect(previousMonth(new Date('2026-10-31T17:00:00Z'))).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(previousMonth(new Date('2026-01-05T02:00:00Z'))).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });
});

describe('a statistics period', () => {
  it('defaults to this month so far', () => {
    expect(parsePeriod(undefined, undefined, new Date('2026-11-24T02:00:00Z'))).toEqual({ from: '2026-11-01', to: '2026-11-24' });
  });

  it.each([
    ['2026-02-30', '2026-03-01', '统计期间的日期格式应为 YYYY-MM-DD'],
    ['2026-03-02', '2026-03-01', '统计期间的开始日期不能晚于结束日期'],
    ['2024-01-01', '2026-01-01', '统计期间最长 366 天'],
  ])('refuses %s to %s', (from, to, problem) => {
    expect(parsePeriod(from, to)).toEqual({ problem });
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2025-03-03', '2025-W10'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
  ])('puts %s in %s', (day, week) => {
    expect(isoWeek(day)).toBe(week);
  });
});
