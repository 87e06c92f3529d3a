import type { DeadlinePolicyView } from '@wuyedesk/contracts';
import { as } from '../../helpers/api';
import { later, minutes, newComplaint } from '../../helpers/deadlines';

const POLICIES = '/api/deadlines/settings/policies';
const CALENDAR = '/api/deadlines/settings/calendar';
const QUIET = '/api/deadlines/settings/quiet-hours';

const policies = async () => (await as('admin').get(POLICIES)).body.data as DeadlinePolicyView[];
const generalComplaintPolicy = async () =>
  (await policies()).find(
    (p) => p.register === 'complaint' && p.clock === 'handling' && JSON.stringify(p.conditions).includes('"general"'),
  ) as DeadlinePolicyView;

/** 时限设置: the administrator edits the deadline rules in the panel; these are the routes it calls. */
describe('deadline settings (时限设置)', () => {
  it('lists every seeded policy to the administrator and to nobody else', async () => {
    const listed = await policies();
    expect(listed.map((p) => p.name)).toEqual(
      expect.arrayContaining(['一般投诉 30分钟', '24小时内反馈住户', '重大报修 上报，由经理确定时限']),
    );
    for (const user of ['staff', 'supervisor', 'director', 'dept-head'] as const) {
      expect((await as(user).get(POLICIES)).status).toBe(403);
      expect((await as(user).put(CALENDAR, { data: { holidays: [] } })).status).toBe(403);
    }
  });

  it('applies an edited duration to the next complaint recorded', async () => {
    const policy = await generalComplaintPolicy();
    const edited = await as('admin').put(`${POLICIES}/${policy.id}`, { data: { amount: 45 } });
    try {
      expect(edited.status).toBe(200);
      expect(edited.body.data).toMatchObject({ id: policy.id, amount: 45, unit: 'minutes', name: policy.name });
      const complaint = await newComplaint({ complexity: 'general' });
      expect(complaint.dueAt).toBe(later(complaint.receivedAt, minutes(45)).toISOString());
    } finally {
      await as('admin').put(`${POLICIES}/${policy.id}`, { data: { amount: 30 } });
    }
  });

  it('takes back every field it lists, so the panel can save a policy exactly as it read it', async () => {
    const { id: _id, updatedAt: _updatedAt, ...asRead } = await generalComplaintPolicy();
    const policy = await generalComplaintPolicy();
    const saved = await as('admin').put(`${POLICIES}/${policy.id}`, { data: { ...asRead, warnNotify: 'gm@wuye.test' } });
    try {
      expect(saved.status).toBe(200);
      expect(saved.body.data).toMatchObject({ ...asRead, warnNotify: 'gm@wuye.test' });
      const refused = await as('admin').put(`${POLICIES}/${policy.id}`, { data: { warnNotify: 'the boss' } });
      expect(refused.status).toBe(400);
      expect(refused.body.error.details.errors).toEqual([expect.objectContaining({ path: ['warnNotify'] })]);
    } finally {
      await as('admin').put(`${POLICIES}/${policy.id}`, { data: { warnNotify: asRead.warnNotify } });
    }
  });

  it('adds a policy as data (switched off until the administrator turns it on)', async () => {
    const res = await as('admin').post(POLICIES, {
      data: {
        name: '测试：报修 2个工作日内回复',
        register: 'repair-order',
        clock: 'reply-test',
        conditions: [{ field: 'urgency', operator: 'in', value: ['general', 'major'] }],
        startOn: 'created',
        amount: 2,
        unit: 'working_days',
        pauseStates: ['paused'],
        stopStates: ['resolved', 'closed', 'void'],
        escalation: [{ level: 1, afterMinutes: 0, notify: 'supervisor' }],
        active: false,
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      id: expect.any(Number),
      clock: 'reply-test',
      unit: 'working_days',
      active: false,
      manual: false,
    });
    expect((await policies()).some((p) => p.id === res.body.data.id)).toBe(true);
  });

  it('refuses a policy naming what the register does not have, each problem on its own form item, in Chinese', async () => {
    const policy = await generalComplaintPolicy();
    const res = await as('admin').put(`${POLICIES}/${policy.id}`, {
      data: {
        amount: -1,
        pauseStates: ['waiting-for-godot'],
        conditions: [{ field: 'residentName', operator: 'eq', value: '张三' }],
        escalation: [
          { level: 1, afterMinutes: 0, notify: 'supervisor' },
          { level: 1, afterMinutes: 60, notify: 'nobody' },
        ],
      },
    });
    expect(res.status).toBe(400);
    const errors = res.body.error.details.errors as Array<{ path: Array<string | number>; message: string }>;
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: ['amount'], message: '时限不能小于0', name: 'ValidationError', code: 'TOO_SMALL' },
        expect.objectContaining({ path: ['pauseStates', 0], message: '“waiting-for-godot”不是客户诉求的状态' }),
        expect.objectContaining({
          path: ['conditions', 0, 'field'],
          message: '客户诉求没有可作为条件的字段“residentName”',
        }),
        expect.objectContaining({ path: ['escalation', 1, 'level'], message: '升级级别1重复' }),
        expect.objectContaining({ path: ['escalation', 1, 'notify'], message: '通知对象必须是角色或邮箱地址' }),
      ]),
    );
    expect((await generalComplaintPolicy()).amount).toBe(30);
  });

  it('answers in English when the panel is in English', async () => {
    const policy = await generalComplaintPolicy();
    const res = await as('admin', { 'Accept-Language': 'en' }).put(`${POLICIES}/${policy.id}`, {
      data: { unit: 'fortnights' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({
      path: ['unit'],
      message: '"fortnights" is not a valid Unit',
    });
  });

  it('keeps the working calendar: holidays and make-up days, sorted, and a day cannot be both', async () => {
    const before = (await as('admin').get(CALENDAR)).body.data;
    expect(before.holidays).toEqual(expect.arrayContaining(['2026-10-01']));
    try {
      const saved = await as('admin').put(CALENDAR, {
        data: { holidays: [...before.holidays, '2027-01-01'], workdays: [...before.workdays, '2027-01-04'] },
      });
      expect(saved.status).toBe(200);
      expect(saved.body.data.holidays.at(-1)).toBe('2027-01-01');
      expect(saved.body.data.workdays).toContain('2027-01-04');

      const both = await as('admin').put(CALENDAR, { data: { holidays: ['2027-02-10'], workdays: ['2027-02-10'] } });
      expect(both.status).toBe(400);
      expect(both.body.error.details.errors[0]).toMatchObject({
        path: ['workdays', 0],
        message: '2027-02-10不能既是放假日又是调休上班日',
      });
      const badDay = await as('admin').put(CALENDAR, { data: { holidays: ['2027-02-30'] } });
      expect(badDay.body.error.details.errors[0]).toMatchObject({
        path: ['holidays', 0],
        message: '法定节假日（放假）必须是有效日期（年-月-日）',
      });
      expect((await as('admin').get(CALENDAR)).body.data.holidays).toContain('2027-01-01');
    } finally {
      await as('admin').put(CALENDAR, { data: { holidays: before.holidays, workdays: before.workdays } });
    }
  });

  it('keeps quiet hours, refuses a time that is not one, and turns them off', async () => {
    try {
      const set = await as('admin').put(QUIET, { data: { start: '21:00', end: '08:00' } });
      expect(set.status).toBe(200);
      expect(set.body.data).toEqual({ start: '21:00', end: '08:00' });
      const wrong = await as('admin').put(QUIET, { data: { start: '25:00', end: '8' } });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.details.errors.map((e: { message: string }) => e.message)).toEqual([
        '开始时间必须是“时:分”（如 21:00）',
        '结束时间必须是“时:分”（如 21:00）',
      ]);
      expect((await as('admin').get(QUIET)).body.data).toEqual({ start: '21:00', end: '08:00' });
    } finally {
      const off = await as('admin').put(QUIET, { data: null });
      expect(off.body.data).toBeNull();
    }
  });
});
