/** The working calendar as the deadlines plugin's `calendar.active()` returns it. */
export interface CalendarLike {
  weekendDays: number[];
  holidays: string[];
  workdays: string[];
}

/**
 * The same rule as the deadlines engine's isWorkingDay (a make-up working day wins, then a
 * holiday, then the weekend); repeated here because that plugin exports only its server entry.
 */
export const isWorkingDay = (calendar: CalendarLike, day: string): boolean => {
  if (calendar.workdays.includes(day)) return true;
  if (calendar.holidays.includes(day)) return false;
  return !calendar.weekendDays.includes(new Date(`${day}T00:00:00Z`).getUTCDay());
};

/** The first working day of a month (`2026-10` → `2026-10-09` after the National Day holiday). */
export const firstWorkingDay = (calendar: CalendarLike, month: string): string => {
  for (let d = 1; d <= 31; d += 1) {
    const day = `${month}-${String(d).padStart(2, '0')}`;
    if (!day.startsWith(month) || Number.isNaN(Date.parse(day))) break;
    if (isWorkingDay(calendar, day)) return day;
  }
  return `${month}-01`;
};
