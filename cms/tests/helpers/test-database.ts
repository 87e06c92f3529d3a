import os from 'os';
import path from 'path';
import fs from 'fs';
import { Client } from 'pg';

export type TestDatabaseKind = 'sqlite' | 'postgres';

export interface TestDatabase {
  kind: TestDatabaseKind;
  /** Environment for the CMS (config/database.ts reads it). */
  env: Record<string, string>;
  drop: () => Promise<void>;
}

/** The PostgreSQL server to test against: DATABASE_URL, or the local one on 127.0.0.1:5432. */
export const postgresServerUrl = () => process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

/** A throw-away database: a SQLite file in a temp folder, or a fresh PostgreSQL database. */
export const createTestDatabase = async (kind: TestDatabaseKind): Promise<TestDatabase> => {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wuyedesk-test-'));
    const filename = path.join(dir, 'test.db');
    return {
      kind,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const server = postgresServerUrl();
  const name = `wuyedesk_test_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: withDatabase(server, 'postgres') });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    kind,
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: withDatabase(server, name) },
    drop: async () => {
      const client = new Client({ connectionString: withDatabase(server, 'postgres') });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
};
