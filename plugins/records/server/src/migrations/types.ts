import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * What a migration is handed: the transaction it runs in (DDL and data commit or roll back with
 * its record in `wuyedesk_migrations`) and Strapi, for data migrations that write through the
 * query engine or a service (Strapi's queries join the transaction on their own).
 */
export interface MigrationContext {
  knex: Knex.Transaction;
  strapi: Core.Strapi;
}

/**
 * One change to a plugin's own tables or data, run once per database. `name` is the file's
 * name: `YYYY-MM-DD-NNN-what-it-does`; names sort across every plugin, so a migration that
 * needs another plugin's change takes a later name.
 */
export interface Migration {
  name: string;
  up(context: MigrationContext): Promise<void>;
}

/** A migration with the plugin (or `app`) it belongs to: (owner, name) is its record's key. */
export interface OwnedMigration extends Migration {
  owner: string;
}

/** One row of `wuyedesk_migrations`. */
export interface MigrationRecord {
  owner: string;
  name: string;
  ranAt: Date;
  durationMs: number;
}
