import { calendarProblems, isWorkingDay } from '../calendar';
import { seedCalendar } from '../holidays';
import { addLocalDays } from '../local-day';
import { OFFICE_HOURS, handCalendar2026 } from './fixtures';

const daysFrom = (first: string, last: string): string[] => {
  const days: string[] = [];
  for (let day = first; day <= last; day = addLocalDays(day, 1)) days.push(day);
  return days;
};

describe('seedCalendar from chinese-days', () => {
  const seeded = seedCalendar({ years: [2026] });

  it('2026 Spring Festival: off Sunday 15 to Monday 23 February, make-up Saturdays 14 and 28 February', () => {
    expect(daysFrom('2026-02-15', '2026-02-23').every((day) => seeded.holidays.includes(day))).toBe(true);
    expect(seeded.workdays).toEqual(expect.arrayContaining(['2026-02-14', '2026-02-28']));
  });

  it('2026 Mid-Autumn (25–27 September) and National Day (1–7 October) with make-up 20 September and 10 October', () => {
    expect(daysFrom('2026-09-25', '2026-09-27').every((day) => seeded.holidays.includes(day))).toBe(true);
    expect(daysFrom('2026-10-01', '2026-10-07').every((day) => seeded.holidays.includes(day))).toBe(true);
    expect(seeded.workdays).toEqual(expect.arrayContaining(['2026-09-20', '2026-10-10']));
  });

  it('2026-10-10 is a make-up working Saturday, 2026-10-08 is the first day back', () => {
    expect(isWorkingDay(seeded, '2026-10-10')).toBe(true);
    expect(isWorkingDay(seeded, '2026-10-07')).toBe(false);
    expect(isWorkingDay(seeded, '2026-10-08')).toBe(true);
  });

  it('all make-up days of 2026 are the six weekend days of the notice', () => {
    expect(seeded.workdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  it('agrees day by day with the calendar typed by hand from the notice, February and September–October', () => {
    const days = [...daysFrom('2026-02-01', '2026-03-08'), ...daysFrom('2026-09-01', '2026-10-31')];
    const disagreements = days.filter((day) => isWorkingDay(seeded, day) !== isWorkingDay(handCalendar2026, day));
    expect(disagreements).toEqual([]);
  });

  it('includes older arrangements too, e.g. the Spring Festival extended to 2 February 2020', () => {
    const year2020 = seedCalendar({ years: [2020] });
    expect(isWorkingDay(year2020, '2020-01-31')).toBe(false);
    expect(isWorkingDay(year2020, '2020-02-03')).toBe(true);
  });

  it('refuses a year the package does not cover (2027) rather than seed a plain year', () => {
    expect(() => seedCalendar({ years: [2026, 2027] })).toThrow(/2027.*enter it by hand/);
  });

  it('merges years sorted and without duplicates, and is a valid calendar', () => {
    const both = seedCalendar({ years: [2026, 2025, 2026] });
    expect(both.holidays).toEqual([...new Set(both.holidays)].sort());
    expect(both.holidays[0].startsWith('2025-')).toBe(true);
    expect(both.holidays.filter((day) => day.startsWith('2026-'))).toEqual(seeded.holidays);
    expect(calendarProblems(both)).toEqual([]);
  });

  it('puts office hours on the calendar when asked, Monday to Friday otherwise', () => {
    expect(seedCalendar({ years: [2026], workingHours: OFFICE_HOURS }).workingHours).toEqual(OFFICE_HOURS);
    expect(seeded.workingHours).toBeUndefined();
    expect(seeded.weekendDays).toEqual([0, 6]);
    expect(seeded.timeZone).toBe('Asia/Shanghai');
  });
});
