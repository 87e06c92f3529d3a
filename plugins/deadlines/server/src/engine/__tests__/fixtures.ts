import type { WorkingCalendar, WorkingHours } from '../calendar';

/**
 * Test helpers written without the engine, so a bug in the engine's day arithmetic cannot hide
 * behind the same bug in the tests: instants come from ISO strings with an explicit +08:00.
 */

/** An instant from Shanghai wall-clock text: '2026-09-30 17:00' or '2026-09-30 17:00:30.500'. */
export const sh = (text: string): Date => {
  const [day, time] = text.split(' ');
  const full = time.length === 5 ? `${time}:00.000` : time.length === 8 ? `${time}.000` : time;
  const date = new Date(`${day}T${full}+08:00`);
  if (Number.isNaN(date.getTime())) throw new Error(`Bad test time "${text}"`);
  return date;
};

/** Shanghai wall-clock text of an instant, 'YYYY-MM-DD HH:mm:ss.SSS' — comparable with sh(). */
export const show = (date: Date | null): string =>
  date === null ? 'null' : new Date(date.getTime() + 8 * 3_600_000).toISOString().replace('T', ' ').slice(0, 23);

/** Text of the end of a day without office hours: 23:59:59.999. */
export const endOf = (day: string): string => `${day} 23:59:59.999`;

/** Text of a time of day, for rows that read "Wednesday 17:30". */
export const at = (day: string, time: string): string => show(sh(`${day} ${time}`));

export const OFFICE_HOURS: WorkingHours = { start: '08:30', end: '17:30' };

/** Monday to Friday, no holidays: weekends only. */
export const plainWeek: WorkingCalendar = {
  timeZone: 'Asia/Shanghai',
  weekendDays: [0, 6],
  holidays: [],
  workdays: [],
};

/**
 * 2026, typed by hand from the State Council notice on 2026 holidays
 * (www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm):
 * 春节 2月15日（周日）至23日（周一）放假，2月14日（周六）、2月28日（周六）上班；
 * 中秋节 9月25日至27日放假；国庆节 10月1日至7日放假，9月20日（周日）、10月10日（周六）上班。
 */
export const handCalendar2026: WorkingCalendar = {
  timeZone: 'Asia/Shanghai',
  weekendDays: [0, 6],
  holidays: [
    ...['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d) => `2026-02-${d}`),
    '2026-09-25', '2026-09-26', '2026-09-27',
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => `2026-10-${d}`),
  ],
  workdays: ['2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10'],
};

/**
 * Spring Festival 2027 as an administrator would enter it by hand. chinese-days 1.5.7 stops at
 * 2026, and the dates below are a HYPOTHETICAL arrangement around 春节 on Saturday 2027-02-06
 * (off Fri 02-05 to Sat 02-13, make-up Sunday 01-31 and Saturday 02-20) — replace them with the
 * State Council's notice once it is entered; the rows only test the engine's counting.
 */
export const springFestival2027: WorkingCalendar = {
  timeZone: 'Asia/Shanghai',
  weekendDays: [0, 6],
  holidays: ['05', '06', '07', '08', '09', '10', '11', '12', '13'].map((d) => `2027-02-${d}`),
  workdays: ['2027-01-31', '2027-02-20'],
};

export const withOfficeHours = (calendar: WorkingCalendar): WorkingCalendar => ({
  ...calendar,
  workingHours: OFFICE_HOURS,
});
