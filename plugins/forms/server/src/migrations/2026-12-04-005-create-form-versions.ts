import type { Knex } from 'knex';
import { VERSIONS_TABLE } from '../tables';

/** Every published definition of a form type. Baseline: an existing table is kept. */
export const createFormVersions = {
  name: '2026-12-04-005-create-form-versions',
  async up({ knex }: { knex: Knex }) {
    if (await knex.schema.hasTable(VERSIONS_TABLE)) return;
    await knex.schema.createTable(VERSIONS_TABLE, (t) => {
      t.string('form_key', 40).notNullable();
      t.integer('version').notNullable();
      t.text('definition').notNullable();
      t.integer('published_by');
      t.bigInteger('published_at').notNullable();
      t.primary(['form_key', 'version']);
    });
  },
};
