import path from 'path';
import request from 'supertest';
import type { Knex } from 'knex';
import { DEFAULT_DEMO_PASSWORD } from '../../../src/seed/users';
import { startCms } from '../../helpers/cms-process';
import { restoreFixture, type RestoredDatabase } from '../../helpers/restore-fixture';
import type { TestDatabaseKind } from '../../helpers/test-database';

/**
 * A database made by the last main before migrations (commit 954e285: `npm start`'s demo data,
 * fixtures/README.md) starts on this code: the migrations find their tables and seeds already
 * there, record them, and leave every record, history step, clock and counter as it was.
 */
const FIXTURE = path.join(__dirname, 'fixtures', 'old-main-954e285');
const KIND = (process.env.WUYEDESK_TEST_DB ?? 'sqlite') as TestDatabaseKind;

const EXPECTED = [
  'records/2026-12-04-001-create-record-counters',
  'outbox/2026-12-04-002-create-outbox',
  'outbox/2026-12-04-003-add-outbox-attachments',
  'forms/2026-12-04-004-create-form-types',
  'forms/2026-12-04-005-create-form-versions',
  'forms/2026-12-04-006-create-form-entries',
  'deadlines/2026-12-04-010-create-deadline-clocks',
  'deadlines/2026-12-04-011-create-deadline-fired-steps',
  'deadlines/2026-12-04-012-add-deadline-clocks-overdue-index',
  'callbacks/2026-12-04-013-create-callback-sampling-days',
  'deadlines/2026-12-04-020-seed-deadline-policies-and-calendar',
  'callbacks/2026-12-04-030-seed-callback-rules',
  'archives/2026-12-04-040-seed-archive-loan-return-policy',
  'app/2026-12-04-050-seed-office-data',
  'exports/2026-12-04-060-create-export-jobs',
];

/** Everything the office would miss: its records, their history, clocks, mail, rules and numbers. */
const snapshot = async (knex: Knex) => {
  const rows = (table: string, columns: string[] = ['*']) => knex(table).select(columns).orderBy(columns[0] === '*' ? 'id' : columns[0]);
  return {
    complaints: await rows('complaints', ['id', 'document_id', 'number', 'status', 'due_at', 'description']),
    repairOrders: await rows('repair_orders', ['id', 'document_id', 'number', 'status']),
    keyLoans: await rows('key_loans', ['id', 'document_id', 'number', 'status']),
    archiveLoans: await rows('archive_loans', ['id', 'document_id', 'number', 'status']),
    callbacks: await rows('callbacks', ['id', 'document_id', 'status']),
    history: await rows('wd_record_steps', ['id', 'register', 'record_id', 'action']),
    clocks: await rows('wd_deadline_clocks'),
    firedSteps: await rows('wd_deadline_fired_steps'),
    outbox: await rows('wd_outbox', ['id', 'key', 'status']),
    counters: await knex('wd_counters').select('*').orderBy(['prefix', 'day']),
    samplingDays: await knex('wd_callback_sampling_days').select('*').orderBy(['rule_id', 'day']),
    policies: await rows('wd_deadline_policies', ['id', 'register', 'clock']),
    callbackRules: await rows('wd_callback_rules', ['id']),
    units: await knex('units').count({ n: '*' }),
    users: await rows('up_users', ['id', 'username']),
  };
};

describe(`a database made before migrations starts on this code (${KIND})`, () => {
  let database: RestoredDatabase;
  let before: Awaited<ReturnType<typeof snapshot>>;
  let url: string;
  let stopCms: () => Promise<void>;
  const token = async (user: string) =>
    (await request(url).post('/api/auth/local').send({ identifier: user, password: DEFAULT_DEMO_PASSWORD })).body.jwt as string;

  beforeAll(async () => {
    database = await restoreFixture(KIND, FIXTURE);
    before = await snapshot(database.knex);
    // Seeding is on, as with `npm start`: the old seed's claim must keep it from running again.
    const cms = startCms({ ...database.env, WUYEDESK_SEED: 'minimal' });
    stopCms = cms.stop;
    url = await cms.url;
  }, 180_000);

  afterAll(async () => {
    await stopCms?.();
    await database?.drop();
  });

  it('keeps every record, history step, clock, fired step, mail, rule and counter as it was', async () => {
    expect(before.complaints.length).toBeGreaterThan(50);
    expect(before.clocks.length).toBeGreaterThan(50);
    expect(before.history.length).toBeGreaterThan(before.complaints.length);
    expect(await snapshot(database.knex)).toEqual(before);
  });

  it('records the migrations that made the old tables and seeds as done, once each', async () => {
    const recorded = (await database.knex('wuyedesk_migrations').select('owner', 'name').orderBy('name')) as Array<{ owner: string; name: string }>;
    expect(recorded.map((r) => `${r.owner}/${r.name}`)).toEqual(EXPECTED);
  });

  it('serves the old records with their history to staff', async () => {
    const latest = before.complaints[before.complaints.length - 1] as { document_id: string; number: string };
    const auth = { Authorization: `Bearer ${await token('supervisor')}` };
    const record = await request(url).get(`/api/complaints/${latest.document_id}`).set(auth);
    expect(record.status).toBe(200);
    expect(record.body.data.number).toBe(latest.number);
    const history = await request(url).get(`/api/complaints/${latest.document_id}/history`).set(auth);
    expect(history.status).toBe(200);
    const steps = before.history.filter((s) => s.register === 'complaint' && s.record_id === latest.document_id);
    expect(history.body.data).toHaveLength(steps.length);
  });

  it('numbers a new complaint after the old ones of the day and starts its clocks', async () => {
    const auth = { Authorization: `Bearer ${await token('staff')}` };
    const res = await request(url).post('/api/complaints').set(auth).send({
      data: { channel: 'phone', residentName: '刘洋', residentPhone: '13911112222', description: '升级后第一单', address: '3栋2单元' },
    });
    expect(res.status).toBe(201);
    expect(before.complaints.map((c) => c.number)).not.toContain(res.body.data.number);
    const clocks = await database.knex('wd_deadline_clocks').where({ register: 'complaint', record_id: res.body.data.documentId });
    expect(clocks.map((c: { state: string }) => c.state)).toContain('running');
  });

  it('runs nothing on the next start', async () => {
    const recorded = () => database.knex('wuyedesk_migrations').select('*').orderBy('name');
    const first = await recorded();
    const again = startCms({ ...database.env, WUYEDESK_SEED: 'minimal' });
    try {
      await again.url;
      expect(await recorded()).toEqual(first);
    } finally {
      await again.stop();
    }
  }, 120_000);
});
