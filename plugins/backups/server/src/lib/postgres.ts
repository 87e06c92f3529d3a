import { execFile } from 'child_process';
import knex from 'knex';
import { promisify } from 'util';

const run = promisify(execFile);

const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

/** One query on the server (knex, as the rest of the code base does; it closes its pool after). */
const query = async <T>(url: string, sql: string, bindings: unknown[] = []): Promise<T[]> => {
  const db = knex({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
  try {
    return (await db.raw(sql, bindings as never)).rows as T[];
  } finally {
    await db.destroy();
  }
};

const major = (version: string) => Number(/(\d+)/.exec(version)?.[1] ?? 0);

/**
 * pg_dump refuses a server newer than itself, and a dump from a newer pg_dump may not restore
 * with an older pg_restore: say so plainly, with both versions, before starting.
 */
export const checkToolVersion = async (url: string, tool: 'pg_dump' | 'pg_restore') => {
  const { stdout } = await run(tool, ['--version']).catch(() => {
    throw new Error(`${tool} was not found: install the PostgreSQL client tools (e.g. apt-get install postgresql-client)`);
  });
  const [{ server_version: server }] = await query<{ server_version: string }>(withDatabase(url, 'postgres'), 'show server_version');
  if (major(stdout.replace(/^\D+/, '')) < major(server)) {
    throw new Error(`${stdout.trim()} is older than the server (${server}): install the client tools of PostgreSQL ${major(server)} or newer`);
  }
};

/** `pg_dump -Fc`: one consistent snapshot (a repeatable-read transaction), compressed. */
export const backupPostgres = async ({ url, to }: { url: string; to: string }) => {
  await checkToolVersion(url, 'pg_dump');
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${to}`, `--dbname=${url}`], { maxBuffer: 16 * 1024 * 1024 });
};

/** Sessions on the database other than this one: a running instance keeps its pool open. */
export const otherSessions = async ({ url, database }: { url: string; database: string }): Promise<number> => {
  const [{ count }] = await query<{ count: string }>(
    url,
    'select count(*) as count from pg_stat_activity where datname = ? and pid <> pg_backend_pid()',
    [database],
  );
  return Number(count);
};

/**
 * Replaces what the dump holds in one transaction (`--single-transaction`): a failed restore
 * leaves the database as it was. The database itself must exist.
 */
export const restorePostgres = async ({ url, from }: { url: string; from: string }) => {
  await checkToolVersion(url, 'pg_restore');
  await run(
    'pg_restore',
    ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${url}`, from],
    { maxBuffer: 16 * 1024 * 1024 },
  );
};

/** Rows of a table after a restore (the check that the copy is usable). */
export const countRows = async (url: string, table: string): Promise<number> => {
  const [{ count }] = await query<{ count: string }>(url, `select count(*) as count from "${table.replace(/"/g, '')}"`);
  return Number(count);
};
