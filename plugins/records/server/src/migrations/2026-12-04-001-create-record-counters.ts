import type { Knex } from 'knex';
import { COUNTERS_TABLE } from '../services/numbering';

/**
 * The record numbers' counters (services/numbering.ts). Baseline: a database made before
 * migrations already has the table, and keeps it as it is.
 */
export const createRecordCounters = {
  name: '2026-12-04-001-create-record-counters',
  async up({ knex }: { knex: Knex }) {
    if (await knex.schema.hasTable(COUNTERS_TABLE)) return;
    await knex.schema.createTable(COUNTERS_TABLE, (t) => {
      t.string('prefix', 20).notNullable();
      t.string('day', 8).notNullable();
      t.integer('value').notNullable();
      t.primary(['prefix', 'day']);
    });
  },
};
