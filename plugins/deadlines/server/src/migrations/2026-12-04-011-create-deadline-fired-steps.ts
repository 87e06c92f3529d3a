import type { Knex } from 'knex';
import { FIRED_TABLE } from '../store';

/** The steps already fired, one row per clock and step. Baseline: an existing table is kept. */
export const createDeadlineFiredSteps = {
  name: '2026-12-04-011-create-deadline-fired-steps',
  async up({ knex }: { knex: Knex }) {
    if (await knex.schema.hasTable(FIRED_TABLE)) return;
    await knex.schema.createTable(FIRED_TABLE, (t) => {
      t.increments('id').primary();
      t.integer('clock_id').notNullable();
      t.string('step', 30).notNullable();
      /** 'notified', or 'skipped' (a warning reached after the due time). */
      t.string('outcome', 16).notNullable();
      t.bigInteger('fired_at').notNullable();
      // The exactly-once guard: a step of a clock can be claimed by one transaction only.
      t.unique(['clock_id', 'step'], { indexName: 'wd_deadline_fired_steps_uq' });
    });
  },
};
