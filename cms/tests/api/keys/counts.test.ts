import { as } from '../../helpers/api';
import { clockOf, runScheduler, sendMail } from '../../helpers/deadlines';
import { keysInCabinet, keyState, scheduleCounts, scheduledCount } from '../../helpers/keys';
import { startMailServer } from '../../helpers/mail';

let mailServer: Awaited<ReturnType<typeof startMailServer>>;
beforeAll(async () => {
  mailServer = await startMailServer();
});
afterAll(async () => {
  await mailServer.close();
});


describe('a key count (钥匙盘点) with a key missing', () => {
  it('lists what should be in the cabinet, flags the key not ticked off, stores it and reports it', async () => {
    const created = { body: { data: await scheduledCount('daily', '2024-01-10T02:00:00Z') } };
    expect(created.body.data).toMatchObject({ status: 'due', number: expect.stringMatching(/^PD-/) });

    const expected = await keysInCabinet();
    const [missing, ...found] = expected;
    const done = await as('staff').post(`/api/key-counts/${created.body.data.documentId}/actions/complete?populate=counter`, {
      data: { foundKeys: found.map((k) => k.documentId), notes: '柜门锁正常' },
    });
    expect(done.status).toBe(200);
    expect(done.body.data).toMatchObject({
      status: 'counted', expectedCount: expected.length, presentCount: expected.length - 1, counter: { username: 'staff' },
    });

    const stored = await as('staff').get(`/api/key-counts/${created.body.data.documentId}?populate=missingKeys`);
    expect(stored.body.data.missingKeys.map((k: { documentId: string }) => k.documentId)).toEqual([missing.documentId]);
    expect(stored.body.data.expectedItems).toHaveLength(expected.length);
    expect(stored.body.data.expectedItems.find((i: { documentId: string }) => i.documentId === missing.documentId)).toEqual({
      documentId: missing.documentId, expected: true, found: false, fields: expect.objectContaining({ code: missing.code }),
    });
    expect(stored.body.data.expectedItems.filter((i: { found: boolean }) => !i.found)).toHaveLength(1);

    await sendMail(new Date(Date.now() + 1000));
    const mail = mailServer.mails.find((m) => m.subject === `【盘点缺失】钥匙盘点 ${created.body.data.number} 缺失1件`);
    expect(mail?.to).toEqual(['supervisor@wuyedesk.local']);
    expect(mail?.text).toContain(missing.code);
  });

  it('does not count a key that is lent as missing', async () => {
    const created = { body: { data: await scheduledCount('weekly', '2024-02-14T02:00:00Z') } };
    const expected = await keysInCabinet();
    const done = await as('staff').post(`/api/key-counts/${created.body.data.documentId}/actions/complete`, {
      data: { foundKeys: expected.map((k) => k.documentId) },
    });
    expect(done.body.data).toMatchObject({ expectedCount: expected.length, presentCount: expected.length });
    expect(await keyState(expected[0].documentId)).toBe('in_cabinet');
  });

  it('cannot be counted twice', async () => {
    const created = { body: { data: await scheduledCount('daily', '2024-03-13T02:00:00Z') } };
    await as('staff').post(`/api/key-counts/${created.body.data.documentId}/actions/complete`, { data: { foundKeys: [] } });
    const again = await as('staff').post(`/api/key-counts/${created.body.data.documentId}/actions/complete`, { data: { foundKeys: [] } });
    expect(again.status).toBe(400);
  });
});

describe('one count per kind and period', () => {
  it.each([
    ['key-counts', 'staff', {}],
    ['key-counts', 'staff', { kind: 'monthly' }],
    ['archive-checks', 'supervisor', {}],
  ] as const)('refuses a %s record for a period that already has its count (%s, %j)', async (plural, user, data) => {
    await scheduleCounts(new Date().toISOString());
    const before = await as(user).get(`/api/${plural}?pagination[pageSize]=1`);
    const res = await as(user).post(`/api/${plural}`, { data });
    expect(res.status).toBe(409);
    expect(res.body.error.details.code).toBe('COUNT_EXISTS');
    expect(res.body.error.message).toMatch(/^本期（.+）的.+已经有了：/);
    const after = await as(user).get(`/api/${plural}?pagination[pageSize]=1`);
    expect(after.body.meta.pagination.total).toBe(before.body.meta.pagination.total);
  });

  it('says so in English too', async () => {
    await scheduleCounts(new Date().toISOString());
    const res = await as('staff', { 'Accept-Language': 'en' }).post('/api/key-counts', { data: {} });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/^The .+ of this period \(.+\) already exists: /);
  });
});

describe('scheduled counts (每日小点/每周大点/每月全盘点, 档案半年清点)', () => {
  it('schedules each kind once per period, even when asked many times at once', async () => {
    const runs = await Promise.all(Array.from({ length: 5 }, () => scheduleCounts('2026-03-10T02:00:00Z')));
    expect(runs.flat().map((c) => c.slot).sort()).toEqual(['daily:2026-03-10', 'half_yearly:2026-H1', 'monthly:2026-03', 'weekly:2026-W11']);
    expect(await scheduleCounts('2026-03-10T09:00:00Z')).toEqual([]);
    const daily = await as('staff').get('/api/key-counts?filters[slot][$eq]=daily:2026-03-10');
    expect(daily.body.data).toHaveLength(1);
    expect(daily.body.data[0]).toMatchObject({ status: 'due', period: '2026-03-10', dueAt: '2026-03-10T15:59:59.999Z' });
  });

  it('makes a count not done by the end of its period overdue, and tells the supervisor once', async () => {
    const [daily] = (await scheduleCounts('2026-04-07T01:00:00Z')).filter((c) => c.slot === 'daily:2026-04-07');
    const clock = await clockOf('key-count', daily.documentId, 'count');
    expect(clock).toMatchObject({ state: 'running', dueAt: '2026-04-07T15:59:59.999Z' });

    expect((await runScheduler(new Date('2026-04-07T15:59:00Z'))).filter((f) => f.recordId === daily.documentId)).toEqual([]);
    const fired = await runScheduler(new Date('2026-04-07T16:01:00Z'));
    expect(fired.filter((f) => f.recordId === daily.documentId)).toEqual([
      expect.objectContaining({ clock: 'count', step: 'level-1', outcome: 'notified', recipients: ['supervisor@wuyedesk.local'] }),
    ]);
    expect((await runScheduler(new Date('2026-04-07T17:00:00Z'))).filter((f) => f.recordId === daily.documentId)).toEqual([]);
  });

  it('stops the clock of a count done in time', async () => {
    const [weekly] = (await scheduleCounts('2026-05-05T01:00:00Z')).filter((c) => c.slot.startsWith('weekly:'));
    await as('staff').post(`/api/key-counts/${weekly.documentId}/actions/complete`, { data: { foundKeys: (await keysInCabinet()).map((k) => k.documentId) } });
    expect((await clockOf('key-count', weekly.documentId, 'count')).state).toBe('stopped');
  });

  it('checks the archives in place every half year, like a key count', async () => {
    const [check] = (await scheduleCounts('2025-08-01T01:00:00Z')).filter((c) => c.register === 'archive-check');
    const archives = await as('supervisor').get('/api/archives?filters[state][$eq]=in_place&pagination[pageSize]=100');
    const [missing, ...found] = archives.body.data as Array<{ documentId: string }>;
    // Done by a role cleared for confidential files: the check covers every archive in place.
    expect((await as('staff').get('/api/archive-checks')).status).toBe(403);
    const done = await as('supervisor').post(`/api/archive-checks/${check.documentId}/actions/complete?populate=missingArchives`, {
      data: { foundArchives: found.map((a) => a.documentId) },
    });
    expect(done.status).toBe(200);
    expect(done.body.data.number).toMatch(/^QD-20250701-/);
    expect(done.body.data.missingArchives.map((a: { documentId: string }) => a.documentId)).toEqual([missing.documentId]);
  });
});
