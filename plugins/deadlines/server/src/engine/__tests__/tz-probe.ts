/**
 * Run by time-zone.test.ts in a child process with a chosen TZ (Jest's process.env is a copy, so
 * changing TZ inside a test does not reach Date). Prints the process's own idea of local time —
 * to prove the zone really changed — and a battery of engine results that must not change.
 */
import { type DeadlineUnit, DEADLINE_UNITS, addDuration, computeDueAt, localDayOf, seedCalendar } from '../index';

const calendar = seedCalendar({ years: [2025, 2026] });
const officeCalendar = { ...calendar, workingHours: { start: '08:30', end: '17:30' } };
const starts = [
  '2025-12-31T15:59:59.999Z', // 23:59:59.999 Shanghai, New Year's Eve
  '2026-02-13T09:00:00.000Z', // Friday 17:00 before Spring Festival
  '2026-03-08T06:30:00.000Z', // the day US clocks spring forward
  '2026-09-30T09:00:00.000Z', // Wednesday 17:00 before National Day
  '2026-10-09T16:00:00.000Z', // 00:00 Shanghai on the make-up Saturday
  '2026-11-01T05:00:00.000Z', // the day US clocks fall back
];

const results = starts.flatMap((iso) =>
  [calendar, officeCalendar].flatMap((cal) =>
    DEADLINE_UNITS.map((unit: DeadlineUnit) => {
      const start = new Date(iso);
      const plain = addDuration({ start, amount: 3, unit, calendar: cal }).toISOString();
      const paused = computeDueAt({
        start,
        amount: 3,
        unit,
        calendar: cal,
        pauses: [{ from: new Date(start.getTime() + 3_600_000), to: new Date(start.getTime() + 5 * 3_600_000) }],
      });
      return [iso, unit, plain, paused.dueAt?.toISOString() ?? null, localDayOf(start.getTime())];
    }),
  ),
);

process.stdout.write(
  JSON.stringify({
    localHourOf20260115: new Date(Date.UTC(2026, 0, 15)).getHours(),
    seeded: { holidays: calendar.holidays, workdays: calendar.workdays },
    results,
  }),
);
