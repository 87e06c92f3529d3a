import fs from 'fs';
import path from 'path';
import { freeBackupPath } from './files';
import { instanceAnswers } from './instance';
import { backupPostgres, otherSessions, restorePostgres } from './postgres';
import { backupSqlite, sqliteInUse, sqliteIntegrity } from './sqlite';
import { describeTarget, type DatabaseTarget } from './target';

export { databaseTarget, describeTarget, type DatabaseTarget } from './target';
export { backupFileName, dailyRule, expiredBackups, pruneBackups, takenAt } from './files';
export { sqliteIntegrity } from './sqlite';
export { countRows } from './postgres';

export interface BackupResult {
  file: string;
  bytes: number;
  ms: number;
}

/**
 * A consistent, dated copy of the database in `dir`: SQLite through its online backup API (and
 * checked with integrity_check before it counts), PostgreSQL through `pg_dump -Fc`. Written under
 * a temporary name and renamed, so a file with a backup's name is always a whole backup.
 */
export const backupDatabase = async ({ target, dir, now = new Date() }: { target: DatabaseTarget; dir: string; now?: Date }): Promise<BackupResult> => {
  const started = Date.now();
  fs.mkdirSync(dir, { recursive: true });
  const file = freeBackupPath(dir, target.client, now);
  const partial = `${file}.partial`;
  try {
    if (target.client === 'sqlite') {
      await backupSqlite({ filename: target.filename, to: partial });
      const integrity = sqliteIntegrity(partial);
      if (integrity !== 'ok') throw new Error(`The copy of ${target.filename} fails integrity_check: ${integrity}`);
    } else {
      await backupPostgres({ url: target.url, to: partial });
    }
    fs.renameSync(partial, file);
  } finally {
    for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`]) fs.rmSync(leftover, { force: true });
  }
  return { file, bytes: fs.statSync(file).size, ms: Date.now() - started };
};

export class InstanceRunningError extends Error {}

/**
 * Refuses to restore under a running instance: one answering on `port`, a SQLite file another
 * connection holds open, or a PostgreSQL database with other sessions.
 */
export const assertStopped = async ({ target, port }: { target: DatabaseTarget; port?: number }) => {
  if (port && (await instanceAnswers({ port }))) {
    throw new InstanceRunningError(`WuyeDesk answers on port ${port}: stop it before restoring`);
  }
  if (target.client === 'sqlite' && sqliteInUse(target.filename)) {
    throw new InstanceRunningError(`${target.filename} is open in another process (is WuyeDesk running?): stop it before restoring`);
  }
  if (target.client === 'postgres') {
    const sessions = await otherSessions(target);
    if (sessions > 0) {
      throw new InstanceRunningError(`${sessions} other session(s) are connected to ${target.database} (is WuyeDesk running?): stop every instance before restoring`);
    }
  }
};

export interface RestoreResult {
  /** SQLite: where the database that was replaced now is (null: there was none). */
  previous: string | null;
  ms: number;
}

/**
 * Puts a backup back onto a stopped instance. SQLite: the backup is checked first, the current
 * file (with its -wal and -shm, which would otherwise be replayed over the restored copy) is kept
 * beside it as `<file>.before-restore-<time>`. PostgreSQL: pg_restore in one transaction.
 */
export const restoreDatabase = async ({ target, from, port, now = new Date() }: { target: DatabaseTarget; from: string; port?: number; now?: Date }): Promise<RestoreResult> => {
  const started = Date.now();
  if (!fs.existsSync(from)) throw new Error(`No backup at ${from}`);
  const kind = from.endsWith('.dump') ? 'postgres' : 'sqlite';
  if (kind !== target.client) throw new Error(`${path.basename(from)} is a ${kind} backup; the configured database is ${describeTarget(target)}`);
  await assertStopped({ target, port });
  if (target.client === 'postgres') {
    await restorePostgres({ url: target.url, from });
    return { previous: null, ms: Date.now() - started };
  }
  const integrity = sqliteIntegrity(from);
  if (integrity !== 'ok') throw new Error(`${from} fails integrity_check, not restored: ${integrity}`);
  fs.mkdirSync(path.dirname(target.filename), { recursive: true });
  let previous: string | null = null;
  if (fs.existsSync(target.filename)) {
    previous = `${target.filename}.before-restore-${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}`;
    fs.renameSync(target.filename, previous);
  }
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(target.filename + suffix)) fs.renameSync(target.filename + suffix, (previous ?? target.filename) + suffix + (previous ? '' : '.stale'));
  }
  fs.copyFileSync(from, target.filename);
  return { previous, ms: Date.now() - started };
};
