import knex, { type Knex } from 'knex';

/** Rows and last change of every table: what "no row written" is measured against. */
export type TableSnapshot = Record<string, { rows: number; lastChange: string | null }>;

/** A read-only look at the test database the CMS under test uses (global-setup puts it in the environment). */
export const openTestDatabase = (): Knex => {
  if (process.env.DATABASE_CLIENT === 'postgres') {
    return knex({ client: 'pg', connection: process.env.DATABASE_URL, pool: { min: 0, max: 1 } });
  }
  const filename = process.env.DATABASE_FILENAME;
  if (!filename) throw new Error('DATABASE_FILENAME is not set: run through jest.config.cjs');
  return knex({ client: 'better-sqlite3', connection: { filename, readonly: true }, useNullAsDefault: true });
};

const tableNames = async (db: Knex): Promise<string[]> => {
  if (db.client.config.client === 'pg') {
    const rows = (await db.raw(`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`)).rows as Array<{ name: string }>;
    return rows.map((r) => r.name).sort();
  }
  const rows = (await db.raw(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`)) as Array<{ name: string }>;
  return rows.map((r) => r.name).sort();
};

const columnsOf = async (db: Knex, table: string): Promise<string[]> => Object.keys(await db(table).columnInfo());

/** Every table's row count and, where it has one, its latest `updated_at` (an update writes no new row). */
export const snapshotTables = async (db: Knex): Promise<TableSnapshot> => {
  const snapshot: TableSnapshot = {};
  for (const table of await tableNames(db)) {
    const hasUpdatedAt = (await columnsOf(db, table)).includes('updated_at');
    const row = (await db(table)
      .count({ rows: '*' })
      .modify((q) => (hasUpdatedAt ? q.max({ lastChange: 'updated_at' }) : q))
      .first()) as { rows: number | string; lastChange?: unknown };
    const last = row.lastChange;
    snapshot[table] = {
      rows: Number(row.rows),
      lastChange: last === undefined || last === null ? null : last instanceof Date ? last.toISOString() : String(last),
    };
  }
  return snapshot;
};

/**
 * Counters that every request may move by design, not data: a sign-in attempt is counted for the
 * login limit (users-permissions extension, login-limit.ts) whatever the request that follows.
 */
const COUNTERS = new Set(['wd_login_attempts']);

/** The tables whose rows or last change differ between two snapshots. */
export const changedTables = (before: TableSnapshot, after: TableSnapshot) =>
  Object.keys({ ...before, ...after })
    .filter((t) => !COUNTERS.has(t))
    .filter((t) => JSON.stringify(before[t]) !== JSON.stringify(after[t]))
    .map((t) => ({ table: t, before: before[t], after: after[t] }));
