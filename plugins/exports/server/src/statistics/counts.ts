import type { Core } from '@strapi/strapi';
import type { CountFigure, EnumOption, Locale, StatisticsPeriod } from '@wuyedesk/contracts';
import { int, periodBounds, rowsOf, tableOf } from './sql';

const NONE = '__none__';
const UNSET: Record<Locale, string> = { 'zh-CN': '未填写', en: 'Not given' };
const NO_DEPARTMENT: Record<Locale, string> = { 'zh-CN': '未派单', en: 'Not dispatched' };

export interface CountScope {
  uid: string;
  /** The datetime attribute that puts a record in the period (receivedAt). */
  dateField: string;
  period: StatisticsPeriod;
  /** Extra `column = value` conditions (attribute → value), e.g. kind = complaint. */
  where?: Record<string, string>;
  /** Voided records are not counted. */
  excludeStatus?: string[];
}

const conditions = (strapi: Core.Strapi, scope: CountScope, alias: string) => {
  const t = tableOf(strapi, scope.uid);
  const { start, end } = periodBounds(scope.period);
  const parts = [`${alias}.${t.column(scope.dateField)} >= ?`, `${alias}.${t.column(scope.dateField)} < ?`];
  const bindings: unknown[] = [start, end];
  for (const [attribute, value] of Object.entries(scope.where ?? {})) {
    parts.push(`${alias}.${t.column(attribute)} = ?`);
    bindings.push(value);
  }
  if (scope.excludeStatus?.length) {
    parts.push(`${alias}.${t.column('status')} not in (${scope.excludeStatus.map(() => '?').join(', ')})`);
    bindings.push(...scope.excludeStatus);
  }
  return { t, sql: parts.join(' and '), bindings };
};

/** Orders bars by count (largest first), then by the enum's own order. */
const byCount = (a: CountFigure, b: CountFigure) => b.count - a.count || a.label.localeCompare(b.label);

export const total = async (strapi: Core.Strapi, scope: CountScope): Promise<number> => {
  const { t, sql, bindings } = conditions(strapi, scope, 'r');
  const rows = rowsOf<{ n: unknown }>(await strapi.db.connection.raw(`select count(*) as n from ${t.name} r where ${sql}`, bindings));
  return int(rows[0]?.n);
};

/** GROUP BY an enum column; labels from the description's options. */
export const countByEnum = async (strapi: Core.Strapi, scope: CountScope, attribute: string, options: EnumOption[], locale: Locale): Promise<CountFigure[]> => {
  const { t, sql, bindings } = conditions(strapi, scope, 'r');
  const column = `r.${t.column(attribute)}`;
  const rows = rowsOf<{ k: string | null; n: unknown }>(
    await strapi.db.connection.raw(`select ${column} as k, count(*) as n from ${t.name} r where ${sql} group by ${column}`, bindings),
  );
  return rows
    .map((r) => ({
      key: r.k ?? NONE,
      label: r.k == null ? UNSET[locale] : (options.find((o) => o.value === r.k)?.label[locale] ?? r.k),
      count: int(r.n),
    }))
    .sort(byCount);
};

/** GROUP BY the responsible department (through Strapi's link table), named. */
export const countByDepartment = async (strapi: Core.Strapi, scope: CountScope, locale: Locale): Promise<CountFigure[]> => {
  const { t, sql, bindings } = conditions(strapi, scope, 'r');
  const link = t.link('department');
  const d = tableOf(strapi, 'api::department.department');
  const rows = rowsOf<{ k: string | null; label: string | null; n: unknown }>(
    await strapi.db.connection.raw(
      `select d.${d.column('code')} as k, d.${d.column('name')} as label, count(*) as n
       from ${t.name} r
       left join ${link.name} l on l.${link.joinColumn.name} = r.id
       left join ${d.name} d on d.id = l.${link.inverseJoinColumn.name}
       where ${sql} group by d.${d.column('code')}, d.${d.column('name')}`,
      bindings,
    ),
  );
  return rows.map((r) => ({ key: r.k ?? NONE, label: r.label ?? NO_DEPARTMENT[locale], count: int(r.n) })).sort(byCount);
};
