import type { Core } from '@strapi/strapi';
import { formatRecordNumber, shanghaiDay } from '@wuyedesk/contracts';

export const COUNTERS_TABLE = 'wd_counters';

/**
 * Record numbers: one counter row per (prefix, Shanghai day), bumped by an atomic upsert inside
 * the transaction that creates the record. If the create fails the bump rolls back with it, so
 * numbers stay gap-free; concurrent creates serialise on the counter row (PostgreSQL row lock,
 * SQLite's single writer), so they stay unique and consecutive. The table is made by the
 * migration `2026-12-04-001-create-record-counters`.
 */
export const numbering = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Must run inside strapi.db.transaction: the number is only taken if the record is written. */
  async next({ prefix, at }: { prefix: string; at: Date }): Promise<string> {
    const day = shanghaiDay(at);
    const value = await strapi.db.transaction(async ({ trx }) => {
      const result: unknown = await strapi.db.connection
        .raw(
          `insert into ${COUNTERS_TABLE} (prefix, day, value) values (?, ?, 1)
           on conflict (prefix, day) do update set value = ${COUNTERS_TABLE}.value + 1
           returning value`,
          [prefix, day],
        )
        .transacting(trx);
      return readReturnedValue(result);
    });
    return formatRecordNumber(prefix, day, value);
  },

  /** Bulk generators reserve a block of numbers for a day in one statement. */
  async reserve({ prefix, day, count }: { prefix: string; day: string; count: number }): Promise<number> {
    const value = await strapi.db.transaction(async ({ trx }) => {
      const result: unknown = await strapi.db.connection
        .raw(
          `insert into ${COUNTERS_TABLE} (prefix, day, value) values (?, ?, ?)
           on conflict (prefix, day) do update set value = ${COUNTERS_TABLE}.value + ?
           returning value`,
          [prefix, day, count, count],
        )
        .transacting(trx);
      return readReturnedValue(result);
    });
    return value - count + 1;
  },
});

/** better-sqlite3 answers raw queries with an array of rows, pg with `{ rows }`. */
const readReturnedValue = (result: unknown): number => {
  const rows = Array.isArray(result) ? result : (result as { rows?: unknown[] }).rows;
  const row = rows?.[0] as { value?: number | string } | undefined;
  const value = Number(row?.value);
  if (!Number.isInteger(value)) throw new Error(`Record counter returned no value (${JSON.stringify(result)})`);
  return value;
};
