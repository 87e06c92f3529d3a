import fs from 'fs';
import os from 'os';
import path from 'path';
import knex from 'knex';

export type ScratchDatabaseKind = 'sqlite' | 'postgres';

export interface ScratchDatabase {
  kind: ScratchDatabaseKind;
  /** Environment for the CMS (cms/config/database.ts reads it). */
  env: Record<string, string>;
  drop: () => Promise<void>;
}

/** The PostgreSQL server for scratch databases: DATABASE_URL, or the local one on 127.0.0.1:5432. */
export const postgresServerUrl = () => process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

/** Runs one statement in the server's maintenance database (knex, for its types; pg ships none). */
const onServer = async (server: string, sql: string) => {
  const db = knex({ client: 'pg', connection: withDatabase(server, 'postgres'), pool: { min: 0, max: 1 } });
  try {
    await db.raw(sql);
  } finally {
    await db.destroy();
  }
};

/**
 * A throw-away database for benchmarks: a SQLite file in a temp folder, or a fresh PostgreSQL
 * database named `${prefix}_<time>_<pid>`. `drop` removes it whatever happened in between.
 */
export const createScratchDatabase = async (kind: ScratchDatabaseKind, prefix: string): Promise<ScratchDatabase> => {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
    return {
      kind,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'bench.db') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const server = postgresServerUrl();
  const name = `${prefix.replace(/\W/g, '_')}_${Date.now()}_${process.pid}`;
  await onServer(server, `create database ${name}`);
  return {
    kind,
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: withDatabase(server, name) },
    drop: () => onServer(server, `drop database if exists ${name} with (force)`),
  };
};
