import type { Core } from '@strapi/strapi';
import { KEY_COUNT_KIND_OPTIONS, KEY_COUNT_UID, KEY_LOAN_UID, KEY_UID, type KeyFigures, type Locale, type StatisticsPeriod } from '@wuyedesk/contracts';
import { int, periodBounds, rowsOf, tableOf } from './sql';

export const LATE_LOANS_LIMIT = 500;
const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

/**
 * Key loans borrowed in the period: how many came back after their due time (or are still out
 * past it), how many were lost; key counts in the period per kind with those that found keys missing.
 * Fields as the key-loan / key-count descriptions have them today (borrowedAt, dueAt, returnedAt,
 * expectedCount, presentCount): adjust here if the keys work adds fields.
 */
export const keyFigures = async (strapi: Core.Strapi, period: StatisticsPeriod, locale: Locale, now: Date): Promise<KeyFigures> => {
  const knex = strapi.db.connection;
  const { start, end } = periodBounds(period);
  const loan = tableOf(strapi, KEY_LOAN_UID);
  const [borrowed, due, returned, status] = ['borrowedAt', 'dueAt', 'returnedAt', 'status'].map((a) => `r.${loan.column(a)}`);
  const late = `(${due} is not null and ((${returned} is not null and ${returned} > ${due}) or (${returned} is null and ${status} = 'lent' and ${due} < ?)))`;
  const inPeriod = `${borrowed} >= ? and ${borrowed} < ? and ${status} <> 'void'`;
  const [totals] = rowsOf<Record<string, unknown>>(
    await knex.raw(
      `select count(*) as loans, sum(case when ${late} then 1 else 0 end) as late, sum(case when ${status} = 'lost' then 1 else 0 end) as lost
       from ${loan.name} r where ${inPeriod}`,
      [now, start, end],
    ),
  );
  const keyLink = loan.link('key');
  const key = tableOf(strapi, KEY_UID);
  const lateRows = rowsOf<Record<string, unknown>>(
    await knex.raw(
      `select r.${loan.column('number')} as number, k.${key.column('code')} as key_code, r.${loan.column('borrower')} as borrower,
              ${due} as due_at, ${returned} as returned_at, ${status} as status
       from ${loan.name} r
       left join ${keyLink.name} l on l.${keyLink.joinColumn.name} = r.id
       left join ${key.name} k on k.id = l.${keyLink.inverseJoinColumn.name}
       where ${inPeriod} and ${late} order by ${due}, r.id limit ?`,
      [start, end, now, LATE_LOANS_LIMIT],
    ),
  );
  const count = tableOf(strapi, KEY_COUNT_UID);
  // A count belongs to the period it counts (a daily count finished after midnight is still that day's).
  const [kind, periodStart, countStatus, expected, present] = ['kind', 'periodStart', 'status', 'expectedCount', 'presentCount'].map((a) => count.column(a));
  const countRows = rowsOf<Record<string, unknown>>(
    await knex.raw(
      `select ${kind} as kind, count(*) as counts,
         sum(case when ${present} < ${expected} then 1 else 0 end) as with_missing,
         sum(case when ${present} < ${expected} then ${expected} - ${present} else 0 end) as missing
       from ${count.name} where ${countStatus} = 'counted' and ${periodStart} >= ? and ${periodStart} < ? group by ${kind}`,
      [start, end],
    ),
  );
  return {
    loans: int(totals?.loans),
    returnedLate: int(totals?.late),
    lost: int(totals?.lost),
    lateLoans: lateRows.map((r) => ({
      number: String(r.number ?? ''), key: String(r.key_code ?? ''), borrower: String(r.borrower ?? ''),
      dueAt: iso(r.due_at), returnedAt: iso(r.returned_at), status: String(r.status),
    })),
    counts: KEY_COUNT_KIND_OPTIONS.map((o) => {
      const row = countRows.find((r) => r.kind === o.value);
      return { kind: o.value, label: o.label[locale], counts: int(row?.counts), withMissing: int(row?.with_missing), missingKeys: int(row?.missing) };
    }),
  };
};
