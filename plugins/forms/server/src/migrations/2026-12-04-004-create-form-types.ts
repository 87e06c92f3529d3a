import type { Knex } from 'knex';
import { TYPES_TABLE } from '../tables';

/** Designed form types (tables.ts says why these are plain tables). Baseline: an existing table is kept. */
export const createFormTypes = {
  name: '2026-12-04-004-create-form-types',
  async up({ knex }: { knex: Knex }) {
    if (await knex.schema.hasTable(TYPES_TABLE)) return;
    await knex.schema.createTable(TYPES_TABLE, (t) => {
      t.string('key', 40).primary();
      t.text('name').notNullable();
      t.string('number_prefix', 6).notNullable().unique();
      t.text('permissions').notNullable();
      t.integer('current_version').notNullable();
      // Bumped by every change: the registry source's cache stamp is sum(revision) + count(*).
      t.integer('revision').notNullable();
      t.bigInteger('created_at').notNullable();
      t.bigInteger('updated_at').notNullable();
    });
  },
};
