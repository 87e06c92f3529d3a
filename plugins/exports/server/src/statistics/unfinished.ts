import type { Core } from '@strapi/strapi';
import type { StatisticsPeriod, UnfinishedFigure } from '@wuyedesk/contracts';
import { HANDLED_REGISTERS, uidOf } from './completion';
import { periodBounds, rowsOf, tableOf } from './sql';

/** At most this many unfinished records per register are listed (the count above it is still exact elsewhere). */
export const UNFINISHED_LIMIT = 500;
const DAY = 86_400_000;

const toIso = (value: unknown): string | null => (value == null ? null : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string)).toISOString());

/**
 * Work received up to the end of the period and not finished (not resolved, closed or voided),
 * oldest first, with the department and the 延误原因 staff recorded.
 */
export const unfinishedFigures = async (strapi: Core.Strapi, period: StatisticsPeriod, now: Date): Promise<UnfinishedFigure[]> => {
  const knex = strapi.db.connection;
  const { end } = periodBounds(period);
  const asOf = Math.min(end.getTime(), now.getTime());
  const department = tableOf(strapi, 'api::department.department');
  const all: UnfinishedFigure[] = [];
  for (const register of HANDLED_REGISTERS) {
    const t = tableOf(strapi, uidOf(register));
    const link = t.link('department');
    const rows = rowsOf<Record<string, unknown>>(
      await knex.raw(
        `select r.${t.column('number')} as number, r.${t.column('receivedAt')} as received_at, r.${t.column('status')} as status,
                r.${t.column('dueAt')} as due_at, r.${t.column('lateReason')} as reason, d.${department.column('name')} as department
         from ${t.name} r
         left join ${link.name} l on l.${link.joinColumn.name} = r.id
         left join ${department.name} d on d.id = l.${link.inverseJoinColumn.name}
         where r.${t.column('resolvedAt')} is null and r.${t.column('status')} not in ('void', 'closed', 'resolved')
           and r.${t.column('receivedAt')} < ?
         order by r.${t.column('receivedAt')}, r.id limit ?`,
        [end, UNFINISHED_LIMIT],
      ),
    );
    for (const r of rows) {
      const receivedAt = toIso(r.received_at) ?? '';
      all.push({
        register, number: String(r.number ?? ''), receivedAt, department: (r.department as string | null) ?? null,
        status: String(r.status), dueAt: toIso(r.due_at), reason: (r.reason as string | null) || null,
        daysOpen: Math.max(0, Math.floor((asOf - Date.parse(receivedAt)) / DAY)),
      });
    }
  }
  return all;
};
