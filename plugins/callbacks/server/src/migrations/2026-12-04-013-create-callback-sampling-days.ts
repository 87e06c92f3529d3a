import type { Knex } from 'knex';
import { SAMPLING_TABLE } from '../store';

/** The sampler's counters per rule and Shanghai day (store.ts). Baseline: an existing table is kept. */
export const createCallbackSamplingDays = {
  name: '2026-12-04-013-create-callback-sampling-days',
  async up({ knex }: { knex: Knex }) {
    if (await knex.schema.hasTable(SAMPLING_TABLE)) return;
    await knex.schema.createTable(SAMPLING_TABLE, (t) => {
      t.integer('rule_id').notNullable();
      t.string('day', 8).notNullable();
      t.integer('resolved').notNullable();
      t.integer('chosen').notNullable();
      t.primary(['rule_id', 'day']);
    });
  },
};
