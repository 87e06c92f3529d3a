import chineseDays from 'chinese-days/dist/chinese-days.json';
import { type WorkingCalendar, type WorkingHours, createCalendar } from './calendar';
import { type LocalDay, isLocalDay } from './local-day';

/**
 * Seeds the administrator's working calendar from the State Council's holiday arrangements
 * (国务院办公厅关于部分节假日安排的通知) as published in the `chinese-days` package. The result is
 * a starting point: the administrator keeps maintaining it (local closures, a new year's notice
 * published after the package), and the engine only ever reads the stored calendar.
 */
export interface SeedInput {
  /** Gregorian years to take, e.g. [2026]; each must be covered by the package. */
  years: number[];
  /** Office hours to put on the calendar, if the office counts working hours. */
  workingHours?: WorkingHours;
}

/** The shape of the package's published data: day → "English,中文,days" for each list. */
interface PublishedArrangements {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/**
 * Why the JSON and not the package's functions (isWorkday, getHolidaysInRange…): 1.5.7 builds its
 * lookup tables at load time by parsing "2026-10-1" as UTC midnight and formatting it with the
 * process's local-time getters, so on a server west of UTC every holiday and make-up day moves
 * one day earlier (seen under TZ=America/New_York: 2026-10-10 became 2026-10-09). The prebuilt
 * JSON, which the package documents for direct use, holds the same data without that flaw.
 */
const published: PublishedArrangements = chineseDays;

const daysOfYear = (table: Record<string, string>, year: number): LocalDay[] =>
  Object.keys(table).filter((day) => day.startsWith(`${year}-`) && isLocalDay(day));

/**
 * A Monday-to-Friday calendar with the public holidays and make-up working days of `years`.
 * Throws for a year the package has no arrangement for: every year has at least 元旦, so an empty
 * year means the notice is missing, and a silent plain-weekend year would put deadlines inside
 * the Spring Festival. Enter such a year by hand.
 */
export const seedCalendar = (input: SeedInput): WorkingCalendar => {
  const holidays = new Set<LocalDay>();
  const workdays = new Set<LocalDay>();
  for (const year of [...new Set(input.years)].sort((a, b) => a - b)) {
    if (!Number.isInteger(year)) throw new RangeError(`Not a year: ${year}`);
    // The package's holidays include the weekend days inside a break; harmless and faithful.
    const yearHolidays = daysOfYear(published.holidays, year);
    if (yearHolidays.length === 0) {
      throw new RangeError(`chinese-days has no holiday arrangement for ${year}; enter it by hand`);
    }
    yearHolidays.forEach((day) => holidays.add(day));
    daysOfYear(published.workdays, year).forEach((day) => workdays.add(day));
  }
  return createCalendar({
    weekendDays: [0, 6],
    holidays: [...holidays].sort(),
    workdays: [...workdays].sort(),
    ...(input.workingHours ? { workingHours: input.workingHours } : {}),
  });
};
