import fs from 'fs';
import os from 'os';
import path from 'path';
import zlib from 'zlib';
import knexFactory, { type Knex } from 'knex';
import { createScratchDatabase, type TestDatabaseKind } from './test-database';

export interface RestoredDatabase {
  /** Environment for a CMS process on it (cms/config/database.ts reads it). */
  env: Record<string, string>;
  /** A knex of its own on the database, to read it as it is. */
  knex: Knex;
  drop: () => Promise<void>;
}

/** better-sqlite3's and pg's connections both run a script of many statements in one call. */
interface ScriptConnection {
  exec?: (sql: string) => void;
  query?: (sql: string) => Promise<unknown>;
}

/**
 * A throw-away database loaded from a dump (`<fixture>.<kind>.sql.gz`): the SQLite dump of
 * `sqlite3 .dump`, or a plain `pg_dump --inserts` whose psql meta-commands are left out.
 */
export const restoreFixture = async (kind: TestDatabaseKind, fixture: string): Promise<RestoredDatabase> => {
  const sql = zlib.gunzipSync(fs.readFileSync(`${fixture}.${kind}.sql.gz`)).toString('utf8');
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  let knex: Knex;
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wuyedesk-upgrade-'));
    const filename = path.join(dir, 'upgrade.db');
    env = { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename };
    drop = async () => fs.rmSync(dir, { recursive: true, force: true });
    knex = knexFactory({ client: 'better-sqlite3', connection: { filename }, useNullAsDefault: true });
  } else {
    const scratch = await createScratchDatabase('postgres', 'wuyedesk_upgrade');
    env = scratch.env;
    drop = scratch.drop;
    knex = knexFactory({ client: 'pg', connection: scratch.env.DATABASE_URL, pool: { min: 0, max: 2 } });
  }
  // pg_dump sets an empty search_path on the session: run it on a connection that is then closed.
  const loader = kind === 'sqlite' ? knex : knexFactory({ client: 'pg', connection: env.DATABASE_URL, pool: { min: 0, max: 1 } });
  const connection = (await loader.client.acquireConnection()) as ScriptConnection;
  try {
    if (connection.exec) connection.exec(sql);
    else await connection.query!(sql.split('\n').filter((line) => !line.startsWith('\\')).join('\n'));
  } finally {
    await loader.client.releaseConnection(connection);
    if (loader !== knex) await loader.destroy();
  }
  return {
    env,
    knex,
    drop: async () => {
      await knex.destroy();
      await drop();
    },
  };
};
