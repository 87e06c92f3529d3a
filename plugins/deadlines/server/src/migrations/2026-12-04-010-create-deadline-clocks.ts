import type { Knex } from 'knex';
import { CLOCKS_TABLE, DUE_INDEX } from '../store';

/** The records' clocks (store.ts). Baseline: an existing table is kept as it is. */
export const createDeadlineClocks = {
  name: '2026-12-04-010-create-deadline-clocks',
  async up({ knex }: { knex: Knex }) {
    if (await knex.schema.hasTable(CLOCKS_TABLE)) return;
    await knex.schema.createTable(CLOCKS_TABLE, (t) => {
      t.increments('id').primary();
      t.string('register', 60).notNullable();
      t.string('record_id', 64).notNullable();
      t.string('clock', 60).notNullable();
      t.integer('policy_id').notNullable();
      t.boolean('is_main').notNullable().defaultTo(false);
      t.boolean('urgent').notNullable().defaultTo(false);
      t.string('state', 16).notNullable();
      t.bigInteger('started_at');
      t.bigInteger('due_at');
      t.bigInteger('stopped_at');
      t.text('pauses').notNullable();
      t.text('plan').notNullable();
      t.string('next_step', 30);
      t.bigInteger('next_step_at');
      t.bigInteger('updated_at').notNullable();
      t.unique(['register', 'record_id', 'clock'], { indexName: 'wd_deadline_clocks_record_uq' });
      // The scheduler's only query runs on this index: cost follows the due clocks, not the register.
      t.index(['state', 'next_step_at'], DUE_INDEX);
    });
  },
};
