/**
 * Shanghai local days and clock times, without a date library and without the process's time
 * zone. Every conversion between an instant (epoch ms) and the office's wall clock goes through
 * `shanghaiOffsetMs`, and only UTC getters are used on shifted instants, so results do not depend
 * on `process.env.TZ` or on where the server runs.
 */

/** A day on the office's wall calendar, 'YYYY-MM-DD'. */
export type LocalDay = string;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 60 * MS_PER_MINUTE;
export const MS_PER_DAY = 24 * MS_PER_HOUR;

/**
 * Offset of Asia/Shanghai from UTC, in ms. China has kept UTC+8 all year since 1991 (no daylight
 * saving), so it is a constant and every local day is exactly 24 h long — the rest of the engine
 * relies on that. The instant parameter is kept so that the one place to change, should the office
 * ever need a zone with DST, is here (day arithmetic would then need a review too).
 */
export const shanghaiOffsetMs = (_at: number): number => 8 * MS_PER_HOUR;

const LOCAL_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Formats a UTC-midnight epoch value (a "day number") as YYYY-MM-DD. */
const formatUtcDay = (utcMidnight: number): LocalDay => {
  const date = new Date(utcMidnight);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

/** Epoch ms of 00:00 UTC on the given day; throws on malformed or impossible days (2026-02-30). */
const utcMidnightOf = (day: LocalDay): number => {
  const match = LOCAL_DAY.exec(day);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD day: "${day}"`);
  const value = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (formatUtcDay(value) !== day) throw new RangeError(`No such day: "${day}"`);
  return value;
};

/** True for a well-formed, existing YYYY-MM-DD day. */
export const isLocalDay = (value: string): boolean => {
  try {
    utcMidnightOf(value);
    return true;
  } catch {
    return false;
  }
};

/** The Shanghai calendar day an instant falls on. */
export const localDayOf = (at: number): LocalDay =>
  formatUtcDay(Math.floor((at + shanghaiOffsetMs(at)) / MS_PER_DAY) * MS_PER_DAY);

/** The instant (epoch ms) at which the given Shanghai day begins (00:00 local). */
export const startOfLocalDay = (day: LocalDay): number => {
  const utcMidnight = utcMidnightOf(day);
  return utcMidnight - shanghaiOffsetMs(utcMidnight);
};

/** The day `days` days after (or before, if negative) the given day. */
export const addLocalDays = (day: LocalDay, days: number): LocalDay =>
  formatUtcDay(utcMidnightOf(day) + days * MS_PER_DAY);

/** Day of the week, 0 = Sunday … 6 = Saturday (the same numbering as the calendar's weekendDays). */
export const weekdayOf = (day: LocalDay): number => new Date(utcMidnightOf(day)).getUTCDay();

/** Parses a wall-clock time 'HH:mm' (00:00–24:00) into ms after local midnight. */
export const parseClockTime = (value: string): number => {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  const hours = match ? Number(match[1]) : NaN;
  const minutes = match ? Number(match[2]) : NaN;
  if (!(hours <= 24 && minutes < 60) || (hours === 24 && minutes !== 0)) {
    throw new RangeError(`Not a HH:mm time of day: "${value}"`);
  }
  return hours * MS_PER_HOUR + minutes * MS_PER_MINUTE;
};
