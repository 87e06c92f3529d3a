import { createRecordCounters } from './2026-12-04-001-create-record-counters';
import type { Migration } from './types';

/** The records core's own migrations, oldest first (README: "Migrations"). */
export const RECORDS_MIGRATIONS: readonly Migration[] = [createRecordCounters];

export { MIGRATIONS_TABLE, migrationOrder, recordedMigrations, runMigrations } from './runner';
export { seededBeforeMigrations } from './legacy-seed-claim';
export type { Migration, MigrationContext, MigrationRecord, OwnedMigration } from './types';
