import type { Knex } from 'knex';
import { EXPORT_JOBS_TABLE } from '../jobs/store';

/** Background exports (jobs/store.ts): one row per job, claimed by a runner under a lease. */
export const createExportJobs = {
  name: '2026-12-04-060-create-export-jobs',
  async up({ knex }: { knex: Knex }) {
    if (await knex.schema.hasTable(EXPORT_JOBS_TABLE)) return;
    await knex.schema.createTable(EXPORT_JOBS_TABLE, (t) => {
      t.increments('id').primary();
      t.string('key', 64).notNullable().unique();
      t.integer('owner_id').notNullable();
      t.string('register_key', 100).notNullable();
      t.text('query').notNullable();
      t.text('columns').notNullable();
      t.string('locale', 10).notNullable();
      t.string('status', 10).notNullable().defaultTo('queued');
      t.integer('attempts').notNullable().defaultTo(0);
      t.string('lease_owner', 100);
      t.bigInteger('lease_until');
      t.bigInteger('rows');
      t.bigInteger('bytes');
      t.text('error');
      t.bigInteger('created_at').notNullable();
      t.bigInteger('finished_at');
      t.bigInteger('expires_at');
      // The runners' claim: queued jobs, and running ones whose lease ran out, oldest first.
      t.index(['status', 'lease_until'], 'wd_export_jobs_status_lease_idx');
      t.index(['owner_id', 'created_at'], 'wd_export_jobs_owner_idx');
    });
  },
};
