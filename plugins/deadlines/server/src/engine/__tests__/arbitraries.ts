import fc from 'fast-check';
import type { WorkingCalendar } from '../calendar';
import type { Pause } from '../clock';
import { DURATION_UNITS, type DeadlineUnit } from '../duration';
import { seedCalendar } from '../holidays';
import { addLocalDays } from '../local-day';
import { handCalendar2026, plainWeek, springFestival2027, withOfficeHours } from './fixtures';

/** Generators for the property tests: starts, amounts, units, calendars and pauses over 2025–2027. */

const FROM = Date.UTC(2025, 0, 1);
const TO = Date.UTC(2027, 2, 1);

const dayArb = fc.integer({ min: 0, max: 800 }).map((n) => addLocalDays('2025-01-01', n));
const clockArb = fc.integer({ min: 0, max: 95 }).map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);
// '24:00' is given its own chance: a round-the-clock desk is where end-of-day edge cases hide.
const hoursArb = fc
  .tuple(clockArb, fc.oneof(clockArb, fc.constant('24:00')))
  .filter(([a, b]) => a < b)
  .map(([start, end]) => ({ start, end }));

/** Any calendar an administrator could keep (weekends, holidays, make-up days, office hours). */
const randomCalendarArb: fc.Arbitrary<WorkingCalendar> = fc
  .record({
    weekendDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 5 }),
    holidays: fc.uniqueArray(dayArb, { maxLength: 40 }),
    workdays: fc.uniqueArray(dayArb, { maxLength: 10 }),
    workingHours: fc.option(hoursArb, { nil: undefined }),
  })
  .map(({ weekendDays, holidays, workdays, workingHours }) => ({
    timeZone: 'Asia/Shanghai' as const,
    weekendDays,
    holidays,
    workdays: workdays.filter((day) => !holidays.includes(day)),
    ...(workingHours ? { workingHours } : {}),
  }));

const seeded = seedCalendar({ years: [2025, 2026] });
/** The real calendars half of the time, random ones the other half. */
export const calendarArb = fc.oneof(
  fc.constantFrom(plainWeek, handCalendar2026, seeded, springFestival2027, withOfficeHours(seeded), withOfficeHours(plainWeek)),
  randomCalendarArb,
);

export const instantArb = fc.integer({ min: FROM, max: TO });
export const amountArb = fc.integer({ min: 0, max: 30 });
export const caseArb = fc.record({ start: instantArb, amount: amountArb, unit: fc.constantFrom(...DURATION_UNITS), calendar: calendarArb });
export type Case = { start: number; amount: number; unit: DeadlineUnit; calendar: WorkingCalendar };

/** Pauses of up to 5 days, a third of them still open. */
export const pauseArb = fc
  .record({ from: instantArb, length: fc.integer({ min: 0, max: 5 * 86_400_000 }), open: fc.integer({ min: 0, max: 2 }) })
  .map(({ from, length, open }): Pause => ({ from: new Date(from), to: open === 0 ? null : new Date(from + length) }));
export const closedPauseArb = pauseArb.map((pause): Pause => ({ from: pause.from, to: pause.to ?? pause.from }));
