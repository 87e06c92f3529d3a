import type { Knex } from 'knex';
import { ENTRIES_TABLE } from '../tables';

/**
 * Form entries: the values are one JSON column (jsonb on PostgreSQL, text on SQLite); the
 * per-field indexes are made when a form type is published (tables.ts). Baseline: kept if there.
 */
export const createFormEntries = {
  name: '2026-12-04-006-create-form-entries',
  async up({ knex }: { knex: Knex }) {
    if (await knex.schema.hasTable(ENTRIES_TABLE)) return;
    await knex.schema.createTable(ENTRIES_TABLE, (t) => {
      t.increments('id');
      t.string('document_id', 32).notNullable().unique();
      t.string('form_key', 40).notNullable();
      t.integer('form_version').notNullable();
      t.string('number', 40).unique();
      t.string('status', 40);
      t.jsonb('data').notNullable();
      t.integer('filled_by_id');
      t.bigInteger('due_at');
      t.bigInteger('created_at').notNullable();
      t.bigInteger('updated_at').notNullable();
      t.index(['form_key', 'created_at'], 'wd_form_entries_form_created_idx');
      t.index(['form_key', 'status', 'created_at'], 'wd_form_entries_form_status_idx');
    });
  },
};
