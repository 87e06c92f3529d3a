import type { Core } from '@strapi/strapi';
import { ARCHIVE_LOAN_UID, ARCHIVE_UID, type ArchiveFigures, type StatisticsPeriod } from '@wuyedesk/contracts';
import { int, periodBounds, rowsOf, tableOf } from './sql';

export const OVERDUE_LOANS_LIMIT = 500;
const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

/**
 * Archives lent out in the period (按期催还): how many, and those returned after their due date or
 * still out past it. Fields as the archive-loan description has them today (lentAt, dueAt, returnedAt).
 */
export const archiveFigures = async (strapi: Core.Strapi, period: StatisticsPeriod, now: Date): Promise<ArchiveFigures> => {
  const knex = strapi.db.connection;
  const { start, end } = periodBounds(period);
  const loan = tableOf(strapi, ARCHIVE_LOAN_UID);
  const [lent, due, returned, status] = ['lentAt', 'dueAt', 'returnedAt', 'status'].map((a) => `r.${loan.column(a)}`);
  const overdue = `(${due} is not null and ((${returned} is not null and ${returned} > ${due}) or (${returned} is null and ${status} = 'lent' and ${due} < ?)))`;
  const inPeriod = `${lent} >= ? and ${lent} < ?`;
  const [totals] = rowsOf<Record<string, unknown>>(
    await knex.raw(`select count(*) as loans, sum(case when ${overdue} then 1 else 0 end) as overdue from ${loan.name} r where ${inPeriod}`, [now, start, end]),
  );
  const link = loan.link('archive');
  const archive = tableOf(strapi, ARCHIVE_UID);
  const rows = rowsOf<Record<string, unknown>>(
    await knex.raw(
      `select r.${loan.column('number')} as number, a.${archive.column('code')} as archive, r.${loan.column('requester')} as requester,
              ${due} as due_at, ${returned} as returned_at
       from ${loan.name} r
       left join ${link.name} l on l.${link.joinColumn.name} = r.id
       left join ${archive.name} a on a.id = l.${link.inverseJoinColumn.name}
       where ${inPeriod} and ${overdue} order by ${due}, r.id limit ?`,
      [start, end, now, OVERDUE_LOANS_LIMIT],
    ),
  );
  return {
    loans: int(totals?.loans),
    overdue: int(totals?.overdue),
    overdueLoans: rows.map((r) => ({
      number: String(r.number ?? ''), archive: String(r.archive ?? ''), requester: String(r.requester ?? ''),
      dueAt: iso(r.due_at) ?? '', returnedAt: iso(r.returned_at),
    })),
  };
};
