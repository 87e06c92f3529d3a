import type { Core } from '@strapi/strapi';
import { CALENDAR_UID } from '../content-types/calendar';
import type { CalendarInput } from '@wuyedesk/contracts';
import { assertValidCalendar, createCalendar, seedCalendar, type LocalDay, type WorkingCalendar } from '../engine';

type Raw = Record<string, unknown>;

const shanghaiYear = (now: Date) => new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear();

export interface CalendarView extends CalendarInput {
  id: number | null;
  updatedAt: string | null;
}

const sortedDays = (days: unknown): string[] => [...new Set(Array.isArray(days) ? (days as string[]) : [])].sort();

export const calendar = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The active calendar as the settings page edits it. */
  async view(): Promise<CalendarView> {
    const row = (await strapi.db.query(CALENDAR_UID).findOne({ where: { active: true }, orderBy: { id: 'desc' } })) as Raw | null;
    return {
      id: row ? Number(row.id) : null,
      weekendDays: (row?.weekendDays as number[] | null) ?? [0, 6],
      holidays: sortedDays(row?.holidays),
      workdays: sortedDays(row?.workdays),
      notes: (row?.notes as string | null) ?? null,
      updatedAt: row?.updatedAt ? new Date(String(row.updatedAt)).toISOString() : null,
    };
  },

  /** Validated by the caller (contracts' validateCalendarInput); the engine checks the result once more. */
  async save(input: Partial<CalendarInput>): Promise<CalendarView> {
    const current = await this.view();
    const next = {
      weekendDays: input.weekendDays ?? current.weekendDays,
      holidays: input.holidays ? sortedDays(input.holidays) : current.holidays,
      workdays: input.workdays ? sortedDays(input.workdays) : current.workdays,
      notes: input.notes !== undefined ? input.notes : current.notes,
    };
    assertValidCalendar(createCalendar(next));
    if (current.id === null) {
      await strapi.db.query(CALENDAR_UID).create({ data: { name: '工作日历', active: true, workingHours: null, ...next } });
    } else {
      await strapi.db.query(CALENDAR_UID).update({ where: { id: current.id }, data: next });
    }
    return this.view();
  },

  /** The active calendar; a plain Monday-to-Friday one (with a warning) when there is none. */
  async active(): Promise<WorkingCalendar> {
    const row = (await strapi.db.query(CALENDAR_UID).findOne({ where: { active: true }, orderBy: { id: 'desc' } })) as Raw | null;
    if (!row) {
      strapi.log.warn('[deadlines] no active working calendar: working days count Monday to Friday only');
      return createCalendar();
    }
    const value = createCalendar({
      weekendDays: (row.weekendDays as number[] | null) ?? [0, 6],
      holidays: (row.holidays as LocalDay[] | null) ?? [],
      workdays: (row.workdays as LocalDay[] | null) ?? [],
      ...(row.workingHours ? { workingHours: row.workingHours as WorkingCalendar['workingHours'] } : {}),
    });
    assertValidCalendar(value);
    return value;
  },

  /**
   * Seeds this year and next from the State Council's notices as the chinese-days package has
   * them. A year the package lacks (the notice comes out in November or December) is not faked
   * as a plain year: it is left out and named in the calendar's notes for the administrator.
   */
  async seedDefault({ now = new Date() }: { now?: Date } = {}) {
    const year = shanghaiYear(now);
    const known: number[] = [];
    const missing: number[] = [];
    for (const y of [year, year + 1]) {
      try {
        seedCalendar({ years: [y] });
        known.push(y);
      } catch {
        missing.push(y);
      }
    }
    const seeded = known.length ? seedCalendar({ years: known }) : createCalendar();
    const notes = missing.length
      ? `${missing.join('、')} 年的放假安排尚未收录：国务院办公厅通知发布后，请在此录入节假日和调休上班日。在此之前这些年份只按周末计算工作日。`
      : null;
    await strapi.db.query(CALENDAR_UID).create({
      data: { name: '工作日历', active: true, weekendDays: seeded.weekendDays, holidays: seeded.holidays, workdays: seeded.workdays, workingHours: null, notes },
    });
    if (missing.length) strapi.log.warn(`[deadlines] working calendar: no holiday arrangement known for ${missing.join(', ')}; enter it by hand`);
    return { known, missing };
  },
});
