import Database from 'better-sqlite3';
import { spawn } from 'child_process';
import fs from 'fs';
import knex from 'knex';
import os from 'os';
import path from 'path';
import {
  backupDatabase,
  countRows,
  databaseTarget,
  restoreDatabase,
  sqliteIntegrity,
  type DatabaseTarget,
} from '../../../../plugins/backups/server/src/lib';
import { as, login } from '../../helpers/api';
import { createScratchDatabase, type TestDatabase } from '../../helpers/test-database';

const CMS_DIR = path.resolve(__dirname, '..', '..', '..');
const CREATES = 200;

/** The test instance's own database (global-setup put its settings in the environment). */
const liveTarget = () => databaseTarget(process.env, CMS_DIR);

const intake = (i: number) => ({ channel: 'phone', residentName: `备份${i}`, description: '备份期间登记', address: `${(i % 30) + 1}栋` });

/** document ids of complaints present in a restored database. */
const presentIn = async (target: DatabaseTarget, ids: string[]): Promise<Set<string>> => {
  if (target.client === 'sqlite') {
    const db = new Database(target.filename, { readonly: true });
    try {
      const rows = db.prepare(`select document_id as id from complaints where document_id in (${ids.map(() => '?').join(',')})`).all(...ids) as Array<{ id: string }>;
      return new Set(rows.map((r) => r.id));
    } finally {
      db.close();
    }
  }
  const db = knex({ client: 'pg', connection: target.url, pool: { min: 0, max: 1 } });
  try {
    const rows = (await db('complaints').whereIn('document_id', ids).select('document_id as id')) as Array<{ id: string }>;
    return new Set(rows.map((r) => r.id));
  } finally {
    await db.destroy();
  }
};

describe('backup during 200 concurrent creates, restored into a fresh database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wuyedesk-backup-test-'));
  let fresh: TestDatabase | null = null;
  const created: string[] = [];
  afterAll(async () => {
    // 200 open complaints would each keep a running clock that every later test's scheduler pass
    // at a far `now` has to get through first: void them, which stops their clocks.
    for (let i = 0; i < created.length; i += 10) {
      await Promise.all(created.slice(i, i + 10).map((id) => as('staff').post(`/api/complaints/${id}/actions/void`, { data: { voidReason: '备份测试数据' } })));
    }
    await fresh?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every record acknowledged before the backup began, and the copy passes its integrity check', async () => {
    await login('staff');
    const acknowledged: string[] = [];
    const creates = Array.from({ length: CREATES }, async (_, i) => {
      const res = await as('staff').post('/api/complaints', { data: intake(i) });
      if (res.status !== 201) throw new Error(`create ${i}: ${res.status} ${JSON.stringify(res.body)}`);
      acknowledged.push(res.body.data.documentId);
      created.push(res.body.data.documentId);
    });
    // Back up in the middle of the burst: wait for a quarter to be acknowledged first.
    while (acknowledged.length < CREATES / 4) await new Promise((resolve) => setTimeout(resolve, 5));
    const beforeBackup = [...acknowledged];
    const backup = await backupDatabase({ target: liveTarget(), dir });
    const duringBackup = acknowledged.length - beforeBackup.length;
    await Promise.all(creates);
    expect(acknowledged).toHaveLength(CREATES);
    // The backup really ran while creates were still being answered.
    expect(beforeBackup.length).toBeLessThan(CREATES);

    fresh = await createScratchDatabase(liveTarget().client, 'wuyedesk_restore');
    const restoredTarget = databaseTarget(fresh.env, CMS_DIR);
    await restoreDatabase({ target: restoredTarget, from: backup.file });

    const present = await presentIn(restoredTarget, beforeBackup);
    expect(beforeBackup.filter((id) => !present.has(id))).toEqual([]);
    if (restoredTarget.client === 'sqlite') expect(sqliteIntegrity(restoredTarget.filename)).toBe('ok');
    else expect(await countRows(restoredTarget.url, 'complaints')).toBeGreaterThanOrEqual(beforeBackup.length);
    // Measured figures for the report (what a person reads when the test runs with --verbose).
    console.info(
      `backup ${path.basename(backup.file)}: ${backup.bytes} bytes in ${backup.ms} ms; ${beforeBackup.length} acknowledged before it, ` +
        `${duringBackup} during it, all ${beforeBackup.length} restored`,
    );
  }, 180_000);

  it('refuses to restore under the running instance', async () => {
    const backup = await backupDatabase({ target: liveTarget(), dir });
    const port = Number(new URL(String(process.env.WUYEDESK_TEST_URL)).port);
    await expect(restoreDatabase({ target: liveTarget(), from: backup.file, port })).rejects.toThrow(`WuyeDesk answers on port ${port}`);
    // Without the port, the database itself says it is in use (the open SQLite file, the PostgreSQL sessions).
    await expect(restoreDatabase({ target: liveTarget(), from: backup.file })).rejects.toThrow(/is open in another process|other session/);
  });

  it('refuses a backup of the other kind of database', async () => {
    const other = path.join(dir, liveTarget().client === 'sqlite' ? 'wuyedesk-postgres-20260101-000000.dump' : 'wuyedesk-sqlite-20260101-000000.db');
    fs.writeFileSync(other, 'not a backup');
    await expect(restoreDatabase({ target: liveTarget(), from: other })).rejects.toThrow('backup; the configured database is');
  });
});

describe('the nightly backup', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wuyedesk-nightly-test-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Another instance on the test database that runs the nightly job once when told to. */
  const instance = (runAt: string) => {
    const child = spawn(process.execPath, [path.join(__dirname, '..', '..', 'helpers', 'backup-child.js')], {
      cwd: CMS_DIR,
      env: { ...process.env, RUN_AT: runAt, BACKUP_DIR: dir, BACKUP_KEEP_DAYS: '7' },
    });
    let out = '';
    let err = '';
    let markReady: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('READY\n')) markReady();
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const report = new Promise<{ claimed: boolean; backup?: { file: string }; pruned?: string[] }>((resolve, reject) =>
      child.on('exit', (code) => {
        const line = out.split('\n').find((l) => l.startsWith('NIGHTLY '));
        if (code === 0 && line) resolve(JSON.parse(line.slice('NIGHTLY '.length)));
        else reject(new Error(`backup instance exited ${code}: ${err.slice(-2000)}`));
      }),
    );
    return { ready, go: () => child.stdin.write('GO\n'), report };
  };

  it('is taken by one instance only, and removes backups past the retention', async () => {
    fs.writeFileSync(path.join(dir, 'wuyedesk-sqlite-20300101-023000.db'), 'an old backup');
    fs.writeFileSync(path.join(dir, 'wuyedesk-postgres-20300101-023000.dump'), 'an old backup');
    fs.writeFileSync(path.join(dir, 'keep-me.txt'), 'not a backup');
    const instances = [instance('2030-06-15T18:30:00Z'), instance('2030-06-15T18:30:00Z')];
    // Both up (Strapi loaded) before either claims: the word is sent once both wait for it.
    await Promise.race([Promise.all(instances.map((i) => i.ready)), Promise.all(instances.map((i) => i.report))]);
    instances.forEach((i) => i.go());
    const reports = await Promise.all(instances.map((i) => i.report));
    expect(reports.filter((r) => r.claimed)).toHaveLength(1);
    const taken = reports.find((r) => r.claimed)!;
    expect(fs.existsSync(taken.backup!.file)).toBe(true);
    expect(taken.pruned?.sort()).toEqual(['wuyedesk-postgres-20300101-023000.dump', 'wuyedesk-sqlite-20300101-023000.db']);
    expect(fs.readdirSync(dir).sort()).toEqual(['keep-me.txt', path.basename(taken.backup!.file)]);
  }, 120_000);
});
