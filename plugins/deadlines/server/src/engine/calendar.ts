import {
  type LocalDay,
  MS_PER_DAY,
  isLocalDay,
  parseClockTime,
  weekdayOf,
} from './local-day';

/** Office hours on a working day, Shanghai wall clock, 'HH:mm'; `start` must be before `end`. */
export interface WorkingHours {
  start: string;
  end: string;
}

/**
 * The office's working calendar, maintained by an administrator. A value: the engine never
 * mutates it and reads it afresh on every call, so edits take effect on the next computation.
 */
export interface WorkingCalendar {
  timeZone: 'Asia/Shanghai';
  /** Days of the week off, 0 = Sunday … 6 = Saturday; normally [0, 6]. */
  weekendDays: number[];
  /** Days off that would otherwise be worked: public holidays (放假), 'YYYY-MM-DD'. */
  holidays: LocalDay[];
  /** Days worked that would otherwise be off: make-up working days (调休上班), 'YYYY-MM-DD'. */
  workdays: LocalDay[];
  /** When set, working units count only this part of a working day. */
  workingHours?: WorkingHours;
}

/** A plain Monday-to-Friday calendar; pass lists to add holidays, make-up days or office hours. */
export const createCalendar = (
  input: Partial<Omit<WorkingCalendar, 'timeZone'>> = {},
): WorkingCalendar => ({
  timeZone: 'Asia/Shanghai',
  weekendDays: input.weekendDays ?? [0, 6],
  holidays: input.holidays ?? [],
  workdays: input.workdays ?? [],
  ...(input.workingHours ? { workingHours: input.workingHours } : {}),
});

/**
 * Whether the office works on a day. A make-up working day wins over everything (it exists to
 * override a weekend or a holiday), then a listed holiday, then the weekly weekend.
 * A day in both lists is an administrator's mistake that `calendarProblems` reports.
 */
export const isWorkingDay = (calendar: WorkingCalendar, day: LocalDay): boolean => {
  if (calendar.workdays.includes(day)) return true;
  if (calendar.holidays.includes(day)) return false;
  return !calendar.weekendDays.includes(weekdayOf(day));
};

/** Office hours as ms after local midnight, or the whole day when the calendar sets none. */
export const workingHoursMs = (calendar: WorkingCalendar): { start: number; end: number } =>
  calendar.workingHours
    ? { start: parseClockTime(calendar.workingHours.start), end: parseClockTime(calendar.workingHours.end) }
    : { start: 0, end: MS_PER_DAY };

/**
 * Everything wrong with a calendar, as messages for the administrator (empty when valid).
 * The engine calls it before computing so a bad calendar fails loudly instead of silently
 * producing wrong deadlines.
 */
export const calendarProblems = (calendar: WorkingCalendar): string[] => {
  const problems: string[] = [];
  if (calendar.timeZone !== 'Asia/Shanghai') problems.push(`Unsupported time zone ${String(calendar.timeZone)}`);
  for (const day of calendar.weekendDays) {
    if (!Number.isInteger(day) || day < 0 || day > 6) problems.push(`Weekend day ${day} is not 0–6`);
  }
  for (const day of [...calendar.holidays, ...calendar.workdays]) {
    if (!isLocalDay(day)) problems.push(`"${day}" is not a YYYY-MM-DD day`);
  }
  const holidays = new Set(calendar.holidays);
  for (const day of calendar.workdays) {
    if (holidays.has(day)) problems.push(`${day} is both a holiday and a make-up working day`);
  }
  if (calendar.workingHours) {
    try {
      const { start, end } = workingHoursMs(calendar);
      if (start >= end) problems.push('Working hours must start before they end');
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return problems;
};

/** Throws a RangeError listing every problem of an invalid calendar. */
export const assertValidCalendar = (calendar: WorkingCalendar): void => {
  const problems = calendarProblems(calendar);
  if (problems.length > 0) throw new RangeError(`Invalid working calendar: ${problems.join('; ')}`);
};
