/**
 * The deadline engine: pure functions from (start, amount, unit, working calendar, pauses) to a
 * due time. No Strapi, no I/O, no dependence on the server's time zone — everything is computed
 * on the Asia/Shanghai wall clock (fixed UTC+8).
 *
 * Units (see duration.ts for the exact rules):
 *   minutes, hours      elapsed time, weekends and holidays ignored
 *   calendar_days       N × 24 h, same clock time N days later
 *   working_days        end of the Nth working day after the start day (the start day never
 *                       counts); end = workingHours.end, or 23:59:59.999 without office hours
 *   working_hours       time inside office hours on working days (whole days without hours)
 *   time_of_day         "today at HH:MM" (amount = hours after midnight); at once if started later
 *
 * Pauses (see clock.ts): the clock resumes where it stopped; only time the unit would have
 * counted is given back; an open pause reached before the due time leaves no due time.
 *
 * The calendar (calendar.ts) is a value the administrator maintains; holidays.ts seeds it from
 * the chinese-days package for the years that package covers.
 */
export {
  type LocalDay,
  MS_PER_DAY,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  addLocalDays,
  isLocalDay,
  localDayOf,
  shanghaiOffsetMs,
  startOfLocalDay,
  weekdayOf,
} from './local-day';
export {
  type WorkingCalendar,
  type WorkingHours,
  assertValidCalendar,
  calendarProblems,
  createCalendar,
  isWorkingDay,
} from './calendar';
export { DEADLINE_UNITS, DURATION_UNITS, type DeadlineUnit, END_OF_DAY_MS } from './windows';
export { type DurationInput, addDuration, assertValidDuration } from './duration';
export { type ClockInput, type ClockState, type Pause, computeDueAt, normalizePauses, remaining } from './clock';
export { type SeedInput, seedCalendar } from './holidays';
