import type { Knex } from 'knex';

/** Per rule and Shanghai day: how many records triggered and how many were given a callback. */
export const SAMPLING_TABLE = 'wd_callback_sampling_days';

const rowsOf = (result: unknown): Array<Record<string, unknown>> =>
  (Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? [])) as Array<Record<string, unknown>>;

/**
 * The sampler's day counters. The upsert takes the row lock (PostgreSQL) or the write lock
 * (SQLite) in the caller's transaction, so decisions for one rule and day are made one after
 * the other even across instances, and roll back with the change that caused them. The table is
 * made by the migration `2026-12-04-013-create-callback-sampling-days`.
 */
export const samplingStore = (knex: Knex) => ({
  /** Counts this record as triggered; returns the day's counts before it. */
  async countTriggered({ ruleId, day }: { ruleId: number; day: string }, trx: Knex.Transaction) {
    const result: unknown = await knex
      .raw(
        `insert into ${SAMPLING_TABLE} (rule_id, day, resolved, chosen) values (?, ?, 1, 0)
         on conflict (rule_id, day) do update set resolved = ${SAMPLING_TABLE}.resolved + 1
         returning resolved, chosen`,
        [ruleId, day],
      )
      .transacting(trx);
    const row = rowsOf(result)[0];
    return { resolved: Number(row.resolved) - 1, chosen: Number(row.chosen) };
  },

  async countChosen({ ruleId, day }: { ruleId: number; day: string }, trx: Knex.Transaction) {
    await knex(SAMPLING_TABLE).where({ rule_id: ruleId, day }).increment('chosen', 1).transacting(trx);
  },
});
