import type { Knex } from 'knex';
import { COUNTERS_TABLE } from '../services/numbering';

/**
 * Before migrations, a run-once seed claimed a counter row (prefix, day '00000000') in the
 * transaction that seeded. A database made then has that row exactly when the seed ran, so the
 * seed's migration reads it to know that there is nothing left to do. The row stays: numbering
 * never reads day '00000000'.
 */
export const seededBeforeMigrations = async (knex: Knex, prefix: string): Promise<boolean> => {
  if (!(await knex.schema.hasTable(COUNTERS_TABLE))) return false;
  const row = (await knex(COUNTERS_TABLE).where({ prefix, day: '00000000' }).first()) as { value?: number } | undefined;
  return Number(row?.value ?? 0) > 0;
};
