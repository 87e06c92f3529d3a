import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/** Shanghai calendar days → the UTC instants that bound them (end exclusive). */
export const periodBounds = ({ from, to }: { from: string; to: string }) => ({
  start: new Date(Date.parse(`${from}T00:00:00+08:00`)),
  end: new Date(Date.parse(`${to}T00:00:00+08:00`) + 86_400_000),
});

export const isPostgres = (knex: Knex) => /^(pg|postgres)/.test(String(knex.client.config.client));

/** better-sqlite3 answers raw queries with an array of rows, pg with `{ rows }`. */
export const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];

/**
 * The Shanghai calendar day (YYYY-MM-DD) of a datetime column, in SQL. Strapi stores datetimes as
 * epoch milliseconds on SQLite (knex binds a Date as its number) and as UTC `timestamp` on PostgreSQL.
 */
export const shanghaiDay = (knex: Knex, column: string): string =>
  isPostgres(knex)
    ? // Strapi's PostgreSQL datetime is `timestamp` without time zone holding UTC: read it as UTC, then shift.
      `to_char((${column} at time zone 'UTC') at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`
    : `(case when typeof(${column}) in ('integer', 'real') then strftime('%Y-%m-%d', ${column} / 1000, 'unixepoch', '+8 hours') else strftime('%Y-%m-%d', ${column}, '+8 hours') end)`;

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

/** Table and column names from Strapi's metadata, so the SQL follows the schema Strapi made. */
export const tableOf = (strapi: Core.Strapi, uid: string) => {
  const meta = strapi.db.metadata.get(uid) as unknown as {
    tableName: string;
    attributes: Record<string, { columnName?: string; joinTable?: JoinTable }>;
  };
  return {
    name: meta.tableName,
    column(attribute: string): string {
      return meta.attributes[attribute]?.columnName ?? attribute;
    },
    /** The link table of a many-to-one relation: (name, this side's column, the target's column). */
    link(attribute: string): JoinTable {
      const join = meta.attributes[attribute]?.joinTable;
      if (!join) throw new Error(`${uid}.${attribute} is not a relation with a join table`);
      return join;
    },
  };
};

/** Exact integers out of COUNT/SUM (pg returns bigint as a string). */
export const int = (value: unknown): number => Number(value ?? 0);

/** ISO week (2026-W48) of a calendar day. */
export const isoWeek = (day: string): string => {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((date.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
};
