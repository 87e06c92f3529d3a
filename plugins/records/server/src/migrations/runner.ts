import type { Knex } from 'knex';
import type { MigrationContext, MigrationRecord, OwnedMigration } from './types';

export const MIGRATIONS_TABLE = 'wuyedesk_migrations';

const NAME = /^\d{4}-\d{2}-\d{2}-\d{3}-[a-z0-9]+(-[a-z0-9]+)*$/;

const isPostgres = (knex: Knex) => /^(pg|postgres)/.test(String(knex.client.config.client));

/**
 * One table for every plugin's migrations. Created with `if not exists` in one statement, so two
 * instances starting together on one database both succeed (PostgreSQL additionally under the lock).
 */
const ensureTable = async (knex: Knex, transaction: Transaction) => {
  const sql = `create table if not exists ${MIGRATIONS_TABLE} (
    owner varchar(60) not null,
    name varchar(200) not null,
    ran_at bigint not null,
    duration_ms integer not null,
    primary key (owner, name)
  )`;
  if (!isPostgres(knex)) {
    await knex.raw(sql);
    return;
  }
  await transaction(async (trx) => {
    await lock(trx);
    await trx.raw(sql);
  });
};

/**
 * PostgreSQL: every migration's transaction first takes one advisory lock, held until it commits,
 * so instances run migrations one at a time and a crashed instance holds nothing. SQLite has a
 * single writer: the claim below is the transaction's first write and waits for the lock.
 */
const lock = async (trx: Knex.Transaction) => {
  if (isPostgres(trx)) await trx.raw(`select pg_advisory_xact_lock(hashtext('${MIGRATIONS_TABLE}'))`);
};

export type Transaction = <T>(work: (trx: Knex.Transaction) => Promise<T>) => Promise<T>;

export const recordedMigrations = async (knex: Knex): Promise<MigrationRecord[]> => {
  const rows = (await knex(MIGRATIONS_TABLE).select('*').orderBy([{ column: 'ran_at' }, { column: 'name' }])) as Array<{
    owner: string; name: string; ran_at: number | string; duration_ms: number | string;
  }>;
  return rows.map((r) => ({ owner: r.owner, name: r.name, ranAt: new Date(Number(r.ran_at)), durationMs: Number(r.duration_ms) }));
};

/** Migrations in the order they run: by name (a date and a number), across owners. */
export const migrationOrder = (migrations: readonly OwnedMigration[]): OwnedMigration[] => {
  const seen = new Set<string>();
  for (const m of migrations) {
    if (!NAME.test(m.name)) throw new Error(`Migration name "${m.name}" (${m.owner}) is not YYYY-MM-DD-NNN-what-it-does`);
    const key = `${m.owner}/${m.name}`;
    if (seen.has(key)) throw new Error(`Migration ${key} is listed twice`);
    seen.add(key);
  }
  return [...migrations].sort((a, b) => a.name.localeCompare(b.name) || a.owner.localeCompare(b.owner));
};

export interface RunInput {
  knex: Knex;
  migrations: readonly OwnedMigration[];
  /** What data migrations need besides the transaction (Strapi). */
  context: Omit<MigrationContext, 'knex'>;
  /** Strapi's transaction in the app (so its queries join); knex's own by default. */
  transaction?: Transaction;
  now?: () => number;
  onRan?: (migration: OwnedMigration, durationMs: number) => void;
}

/**
 * Runs every migration not yet recorded, each in its own transaction together with its record:
 * a failed migration leaves neither its changes nor its record, and start-up stops on it. The
 * record is inserted first, as the claim: of several instances one inserts it and runs the
 * migration, the others find it taken (after waiting for the lock) and go on to the next.
 * Returns the names of the migrations this call ran.
 */
export const runMigrations = async ({ knex, migrations, context, transaction, now = Date.now, onRan }: RunInput): Promise<string[]> => {
  const inTransaction: Transaction = transaction ?? ((work) => knex.transaction(work));
  const ordered = migrationOrder(migrations);
  await ensureTable(knex, inTransaction);
  const recorded = new Set((await recordedMigrations(knex)).map((r) => `${r.owner}/${r.name}`));
  const ran: string[] = [];
  for (const migration of ordered) {
    if (recorded.has(`${migration.owner}/${migration.name}`)) continue;
    const durationMs = await inTransaction(async (trx) => {
      await lock(trx);
      const claimed = (await trx(MIGRATIONS_TABLE)
        .insert({ owner: migration.owner, name: migration.name, ran_at: now(), duration_ms: 0 })
        .onConflict(['owner', 'name'])
        .ignore()
        .returning('name')) as unknown[];
      if (!claimed.length) return null;
      const started = Date.now();
      await migration.up({ ...context, knex: trx });
      const took = Date.now() - started;
      await trx(MIGRATIONS_TABLE).where({ owner: migration.owner, name: migration.name }).update({ duration_ms: took });
      return took;
    });
    if (durationMs === null) continue;
    ran.push(`${migration.owner}/${migration.name}`);
    onRan?.(migration, durationMs);
  }
  return ran;
};
