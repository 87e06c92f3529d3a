import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { recordedMigrations, runMigrations } from '../migrations/runner';
import type { Migration, MigrationRecord, OwnedMigration } from '../migrations/types';

/**
 * The migrations of every plugin: each adds its list in its `register()`; the records plugin runs
 * them right after Strapi's schema sync, before any plugin's bootstrap; the app adds its seed and
 * runs it in its own bootstrap. See README "Migrations".
 */
export const migrations = ({ strapi }: { strapi: Core.Strapi }) => {
  const listed: OwnedMigration[] = [];

  return {
    /** `owner` is the plugin's name (or `app`); the list is run in name order with all others. */
    add(owner: string, list: readonly Migration[]) {
      for (const migration of list) listed.push({ ...migration, owner });
    },

    /** Runs what is listed and not yet recorded; returns `owner/name` of what this call ran. */
    run(): Promise<string[]> {
      return runMigrations({
        knex: strapi.db.connection,
        migrations: listed,
        context: { strapi },
        transaction: async <T>(work: (trx: Knex.Transaction) => Promise<T>): Promise<T> => {
          const result: T = await strapi.db.transaction(({ trx }) => work(trx));
          return result;
        },
        onRan: (m, ms) => strapi.log.info(`[migrations] ${m.owner}/${m.name} ran in ${ms} ms`),
      });
    },

    recorded(): Promise<MigrationRecord[]> {
      return recordedMigrations(strapi.db.connection);
    },
  };
};
