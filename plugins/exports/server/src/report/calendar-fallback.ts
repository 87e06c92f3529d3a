import type { CalendarLike } from './first-working-day';

/** Without the deadlines plugin: Monday to Friday, no holidays. */
export const createCalendarFallback = (): CalendarLike => ({ weekendDays: [0, 6], holidays: [], workdays: [] });
