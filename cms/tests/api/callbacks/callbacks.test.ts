import { decide, samplingScore } from '../../../../plugins/callbacks/server/src/engine/sampling';
import { as } from '../../helpers/api';
import { callbackOf, callbacksOf, newRepair, resolve } from '../../helpers/callbacks';
import { later, newComplaint, runScheduler, sendMail } from '../../helpers/deadlines';
import { startMailServer } from '../../helpers/mail';

const DAY = 86_400_000;
/** The seed the test CMS runs with (config default; CALLBACK_SAMPLING_SEED is not set in tests). */
const SEED = 'wuyedesk';

describe('repair callbacks are a 30% sample (docs/callbacks.md §3.1)', () => {
  // A rule of its own (more specific than the seeded one) gives these repairs a fresh day count.
  const location = `抽样测试-${Date.now()}`;
  let ruleId: number;
  beforeAll(async () => {
    const res = await as('admin').post('/api/callback-rules', {
      data: {
        name: '报修抽样测试',
        register: 'repair-order',
        conditions: [{ field: 'location', operator: 'eq', value: location }],
        trigger: 'resolve',
        windowAmount: 10,
        windowUnit: 'calendar_days',
        rate: 30,
        callerRole: 'staff',
        methods: ['phone', 'visit'],
      },
    });
    expect(res.status).toBe(201);
    ruleId = res.body.data.id;
  });
  afterAll(async () => {
    await as('admin').put(`/api/callback-rules/${ruleId}`, {
      data: {
        name: '报修抽样测试',
        register: 'repair-order',
        conditions: [{ field: 'location', operator: 'eq', value: location }],
        trigger: 'resolve',
        windowAmount: 10,
        windowUnit: 'calendar_days',
        rate: 30,
        callerRole: 'staff',
        methods: ['phone'],
        active: false,
      },
    });
  });

  it('calls back between 30 and 40 of 100 resolved repairs, the ones the seed draws', async () => {
    const resolved: Array<{ documentId: string; number: string }> = [];
    for (let i = 0; i < 100; i += 1) {
      const repair = await newRepair({ location });
      resolved.push(await resolve('repair-orders', repair.documentId));
    }
    const tasks = await callbacksOf(resolved.map((r) => r.documentId));
    expect(tasks.length).toBeGreaterThanOrEqual(30);
    expect(tasks.length).toBeLessThanOrEqual(40);

    // Deterministic: the seed's draw over the same numbers, in the same order, picks the same set.
    let before = { resolved: 0, chosen: 0 };
    const expected: string[] = [];
    for (const r of resolved) {
      const decision = decide({
        rate: 30,
        score: samplingScore({ seed: SEED, register: 'repair-order', number: r.number }),
        before,
      });
      before = { resolved: decision.resolved, chosen: decision.chosenCount };
      if (decision.chosen) expected.push(r.number);
    }
    expect(tasks.map((t) => t.sourceNumber).sort()).toEqual(expected.sort());
    expect(tasks.every((t) => t.callerRole === 'staff' && t.status === 'pending')).toBe(true);
  });

  it('still meets the rate when repairs are resolved at the same moment (the day count is locked)', async () => {
    const repairs = [];
    for (let i = 0; i < 20; i += 1) repairs.push(await newRepair({ location }));
    const results = await Promise.all(
      repairs.map((r) =>
        as('staff').post(`/api/repair-orders/${r.documentId}/actions/resolve`, { data: { resolution: '已处理完毕' } }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(repairs.map(() => 200));
    // This rule's day so far: the 100 repairs above and these 20, every one counted once.
    const all = await as('supervisor').get(
      `/api/callbacks?filters[rule][$eq]=${encodeURIComponent('报修抽样测试')}&pagination[pageSize]=1`,
    );
    const total = all.body.meta.pagination.total as number;
    expect(total).toBeGreaterThanOrEqual(Math.ceil(0.3 * 120));
    expect(total).toBeLessThanOrEqual(Math.ceil(0.3 * 120) + 10);
  });

  it('says on each repair why it was or was not chosen', async () => {
    const repair = await newRepair({ location });
    await resolve('repair-orders', repair.documentId);
    const history = await as('staff').get(`/api/repair-orders/${repair.documentId}/history`);
    const step = history.body.data.find((s: { action: string }) => s.action === 'callback-sampling');
    expect(step.note).toMatch(/^回访抽样（报修抽样测试）：(抽样选中|补足选中|未抽中|抽样值).*抽样值 0\.\d{4}/);
  });
});

describe('complaint callbacks (投诉回访 100%, 7 days, supervisor)', () => {
  it('gives a resolved complaint one callback for the supervisor, due 7 days after it was resolved', async () => {
    const complaint = await newComplaint();
    const resolved = await resolve('complaints', complaint.documentId);
    const tasks = await callbacksOf([complaint.documentId]);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      status: 'pending',
      sourceRegister: 'complaint',
      sourceNumber: complaint.number,
      callerRole: 'supervisor',
      attempts: 0,
      dueAt: later(resolved.resolvedAt, 7 * DAY).toISOString(),
      selection: '回访比例100%：全部回访',
    });
    expect(tasks[0].number).toMatch(/^HF-\d{8}-\d{4}$/);
  });

  it('refuses to close a complaint until its callback is done', async () => {
    const complaint = await newComplaint();
    await resolve('complaints', complaint.documentId);
    const callback = await callbackOf(complaint.documentId);
    const res = await as('staff').post(`/api/complaints/${complaint.documentId}/actions/close`, { data: {} });
    expect(res.status).toBe(409);
    expect(res.body.error.details.code).toBe('CALLBACK_PENDING');
    expect(res.body.error.message).toBe(`该记录需要回访，回访完成后才能关闭（待回访：${callback.number}）`);
  });

  it('counts the attempts while the resident cannot be reached, and keeps the callback pending', async () => {
    const complaint = await newComplaint();
    await resolve('complaints', complaint.documentId);
    const callback = await callbackOf(complaint.documentId);
    for (const _ of [1, 2]) {
      const res = await as('supervisor').post(`/api/callbacks/${callback.documentId}/actions/unreachable`, {
        data: { method: 'phone', comments: '无人接听' },
      });
      expect(res.status).toBe(200);
    }
    expect(await callbackOf(complaint.documentId)).toMatchObject({ status: 'pending', attempts: 2, reached: false });
  });

  it('lets only the supervisor call back a complaint', async () => {
    const complaint = await newComplaint();
    await resolve('complaints', complaint.documentId);
    const callback = await callbackOf(complaint.documentId);
    const res = await as('staff').post(`/api/callbacks/${callback.documentId}/actions/record`, {
      data: { method: 'phone', satisfaction: 'satisfied' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.details.code).toBe('CALLBACK_CALLER_ROLE');
    expect((await callbackOf(complaint.documentId)).status).toBe('pending');
  });

  it('closes the complaint once the callback is recorded', async () => {
    const complaint = await newComplaint();
    await resolve('complaints', complaint.documentId);
    const callback = await callbackOf(complaint.documentId);
    const res = await as('supervisor').post(`/api/callbacks/${callback.documentId}/actions/record`, {
      data: { method: 'phone', satisfaction: 'satisfied', score: 5, comments: '维修及时' },
    });
    expect(res.status).toBe(200);
    expect(await callbackOf(complaint.documentId)).toMatchObject({
      status: 'done',
      attempts: 1,
      reached: true,
      satisfaction: 'satisfied',
    });
    const after = await as('staff').get(`/api/complaints/${complaint.documentId}`);
    expect(after.body.data.status).toBe('closed');
  });
});

describe('overdue callbacks (回访超时)', () => {
  it('escalates a callback not made in time to the supervisor, through the deadlines plugin', async () => {
    const complaint = await newComplaint();
    await resolve('complaints', complaint.documentId);
    const callback = await callbackOf(complaint.documentId);
    const fired = await runScheduler(later(callback.dueAt, 60_000));
    expect(fired.filter((f) => f.recordId === callback.documentId)).toEqual([
      expect.objectContaining({
        clock: '回访时限',
        step: 'level-1',
        outcome: 'notified',
        recipients: ['supervisor@wuyedesk.local'],
      }),
    ]);
  });
});

describe('a dissatisfied resident (不满意)', () => {
  let mailServer: Awaited<ReturnType<typeof startMailServer>>;
  beforeAll(async () => {
    mailServer = await startMailServer();
  });
  afterAll(async () => {
    await mailServer.close();
  });

  it('opens a new complaint linked to the first and mails the service-centre director', async () => {
    const complaint = await newComplaint({ residentName: '赵敏' });
    await resolve('complaints', complaint.documentId);
    const callback = await callbackOf(complaint.documentId);
    const res = await as('supervisor').post(`/api/callbacks/${callback.documentId}/actions/record`, {
      data: { method: 'phone', satisfaction: 'dissatisfied', comments: '灯还是不亮', suggestions: '请换灯具' },
    });
    expect(res.status).toBe(200);

    const reopened = await as('supervisor').get(
      `/api/complaints?filters[reopenedFrom][documentId][$eq]=${complaint.documentId}&populate[reopenedFrom]=true`,
    );
    expect(reopened.body.data).toHaveLength(1);
    const followUp = reopened.body.data[0];
    expect(followUp).toMatchObject({
      kind: 'complaint',
      status: 'received',
      residentName: '赵敏',
      reopenedFrom: { documentId: complaint.documentId },
    });
    expect(followUp.description).toBe(
      `回访不满意（客户诉求 ${complaint.number}，回访 ${callback.number}）：灯还是不亮`,
    );
    const done = await as('supervisor').get(`/api/callbacks/${callback.documentId}?populate[followUp]=true`);
    expect(done.body.data.followUp.documentId).toBe(followUp.documentId);

    await sendMail(new Date());
    const mails = mailServer.mails.filter((m) => m.subject.includes(complaint.number));
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual(['director@wuyedesk.local']);
    expect(mails[0].subject).toBe(`【回访不满意】客户诉求 ${complaint.number} 已转新诉求 ${followUp.number}`);
    expect(mails[0].text).toContain('住户：赵敏（13911112222）');
    expect(mails[0].text).toContain('住户意见：灯还是不亮');
    expect(mails[0].text).toContain(`查看新诉求：http://panel.test/complaints/show/${followUp.documentId}`);
  });
});

describe('callback rules and figures', () => {
  it('rejects a rule with a bad rate, on its field, in Chinese', async () => {
    const res = await as('admin').post('/api/callback-rules', {
      data: {
        name: '坏规则',
        register: 'repair-order',
        conditions: [],
        trigger: 'resolve',
        windowAmount: 10,
        windowUnit: 'calendar_days',
        rate: 130,
        callerRole: 'staff',
        methods: ['phone'],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['rate'], message: '回访比例应为0–100的整数' }),
    ]);
  });

  it('lets only the administrator edit rules', async () => {
    expect((await as('supervisor').get('/api/callback-rules')).status).toBe(200);
    expect((await as('supervisor').post('/api/callback-rules', { data: {} })).status).toBe(403);
    expect((await as('staff').get('/api/callback-rules')).status).toBe(403);
  });

  it('gives the callback rate against its target per register and day', async () => {
    const complaint = await newComplaint();
    await resolve('complaints', complaint.documentId);
    const callback = await callbackOf(complaint.documentId);
    await as('supervisor').post(`/api/callbacks/${callback.documentId}/actions/record`, {
      data: { method: 'visit', satisfaction: 'basically_satisfied', score: 4 },
    });
    const from = new Date(Date.now() - DAY).toISOString();
    const to = new Date(Date.now() + DAY).toISOString();
    const res = await as('director').get(`/api/callback-figures?from=${from}&to=${to}&granularity=month`);
    expect(res.status).toBe(200);
    const rows = res.body.data.filter((r: { register: string }) => r.register === 'complaint');
    const total = (key: string) => rows.reduce((sum: number, r: Record<string, number>) => sum + r[key], 0);
    expect(total('resolved')).toBeGreaterThanOrEqual(total('required'));
    expect(total('done')).toBeGreaterThanOrEqual(1);
    expect(total('basicallySatisfied')).toBeGreaterThanOrEqual(1);
    expect(rows[0]).toMatchObject({ target: 1, period: expect.stringMatching(/^\d{4}-\d{2}$/) });
    expect((await as('staff').get(`/api/callback-figures?from=${from}&to=${to}`)).status).toBe(403);
  });
});
