import { as, departmentByCode } from '../../helpers/api';
import { clockOf, later, minutes, newComplaint, runScheduler } from '../../helpers/deadlines';

const HOUR = minutes(60);
const DAY = 24 * HOUR;

interface Step {
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  actorName: string | null;
  changes: Record<string, { from: unknown; to: unknown }> | null;
}

const historyOf = async (plural: string, id: string) => (await as('staff').get(`/api/${plural}/${id}/history`)).body.data as Step[];
const stored = async (plural: string, id: string) => (await as('supervisor').get(`/api/${plural}/${id}`)).body.data as Record<string, unknown>;

const dispatched = async (data: Record<string, unknown> = {}) => {
  const complaint = await newComplaint(data);
  const department = await departmentByCode('GC');
  const res = await as('staff').post(`/api/complaints/${complaint.documentId}/actions/dispatch`, { data: { department: department.documentId } });
  expect(res.status).toBe(200);
  return complaint;
};

describe('the received time (受理时间) never lies in the future', () => {
  it('refuses a complaint received in 2099, in Chinese by default', async () => {
    const res = await as('staff').post('/api/complaints', {
      data: { channel: 'phone', residentName: '刘洋', description: '楼道灯不亮', address: '3栋', receivedAt: '2099-01-01T00:00:00Z' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: ['receivedAt'], code: 'IN_FUTURE', message: '受理时间不能晚于当前时间' })]);
  });

  it('says so in English with Accept-Language: en', async () => {
    const res = await as('staff', { 'Accept-Language': 'en' }).post('/api/repair-orders', {
      data: { channel: 'phone', residentName: '刘洋', description: '漏水', address: '3栋', receivedAt: later(new Date(), HOUR).toISOString() },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: ['receivedAt'], message: 'Received at cannot be in the future' })]);
  });

  it('allows a panel clock a minute or two fast', async () => {
    const receivedAt = later(new Date(), minutes(2)).toISOString();
    const complaint = await newComplaint({ receivedAt });
    expect(complaint.receivedAt).toBe(receivedAt);
  });

  it('refuses moving it into the future before dispatch, and the deadline stays', async () => {
    const complaint = await newComplaint();
    const res = await as('staff').put(`/api/complaints/${complaint.documentId}`, { data: { receivedAt: '2099-01-01T00:00:00Z' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ path: ['receivedAt'], code: 'IN_FUTURE' });
    expect((await stored('complaints', complaint.documentId)).dueAt).toBe(complaint.dueAt);
  });

  it('lets the desk correct it before dispatch, recomputing the deadline and writing both in the history', async () => {
    const complaint = await newComplaint({ complexity: 'general' });
    const receivedAt = later(complaint.receivedAt, -HOUR).toISOString();
    const res = await as('staff').put(`/api/complaints/${complaint.documentId}`, { data: { receivedAt } });
    expect(res.status).toBe(200);
    expect(res.body.data.dueAt).toBe(later(receivedAt, minutes(30)).toISOString());
    const steps = await historyOf('complaints', complaint.documentId);
    expect(steps.find((s) => s.action === 'update')?.changes?.receivedAt).toEqual({ from: complaint.receivedAt, to: receivedAt });
    expect(steps.find((s) => s.action === 'deadline-changed')?.changes?.dueAt).toEqual({ from: complaint.dueAt, to: res.body.data.dueAt });
  });
});

describe('after dispatch the deadline moves only through an action (调整时限)', () => {
  it('refuses an edit of the received time, naming the action that may change it', async () => {
    const complaint = await dispatched();
    const res = await as('supervisor').put(`/api/complaints/${complaint.documentId}`, { data: { receivedAt: later(complaint.receivedAt, -HOUR).toISOString() } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['receivedAt'], code: 'LOCKED_FIELD', message: '记录已“已派单”，受理时间只能通过“调整时限”操作修改' }),
    ]);
  });

  it('refuses an edit of the complexity (it sets the deadline too)', async () => {
    const complaint = await dispatched({ complexity: 'general' });
    const res = await as('staff', { 'Accept-Language': 'en' }).put(`/api/complaints/${complaint.documentId}`, { data: { complexity: 'complex' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ path: ['complexity'], code: 'LOCKED_FIELD' });
    expect(res.body.error.details.errors[0].message).toBe('The record is "Dispatched": Complexity can only be changed by the "Adjust deadline" action');
  });

  it('still takes the value it already has (a form sent back unchanged)', async () => {
    const complaint = await dispatched();
    const shanghai = new Date(new Date(complaint.receivedAt).getTime() + 8 * HOUR).toISOString().replace('Z', '+08:00');
    const res = await as('staff').put(`/api/complaints/${complaint.documentId}`, { data: { receivedAt: shanghai, lateReason: '' } });
    expect(res.status).toBe(200);
  });

  it('is the supervisor’s step, not the desk’s', async () => {
    const complaint = await dispatched();
    const res = await as('staff').post(`/api/complaints/${complaint.documentId}/actions/reviseDeadline`, {
      data: { complexity: 'complex', deadlineReason: '现场查看后需要更换管道' },
    });
    expect(res.status).toBe(403);
  });

  it('needs a reason', async () => {
    const complaint = await dispatched();
    const res = await as('supervisor').post(`/api/complaints/${complaint.documentId}/actions/reviseDeadline`, { data: { complexity: 'complex' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: ['deadlineReason'], code: 'REQUIRED' })]);
  });

  it('never empties the received time or the complexity', async () => {
    const complaint = await dispatched();
    const res = await as('supervisor').post(`/api/complaints/${complaint.documentId}/actions/reviseDeadline`, {
      data: { receivedAt: null, complexity: null, deadlineReason: '清空' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path[0]).sort()).toEqual(['complexity', 'receivedAt']);
  });

  it('refuses a received time in the future through the action too', async () => {
    const complaint = await dispatched();
    const res = await as('supervisor').post(`/api/complaints/${complaint.documentId}/actions/reviseDeadline`, {
      data: { receivedAt: '2099-01-01T00:00:00Z', deadlineReason: '补录' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ path: ['receivedAt'], code: 'IN_FUTURE' });
  });

  it('recomputes the clocks, keeps the state and records who changed what and why', async () => {
    const complaint = await dispatched({ complexity: 'general' });
    const res = await as('supervisor').post(`/api/complaints/${complaint.documentId}/actions/reviseDeadline`, {
      data: { complexity: 'complex', deadlineReason: '现场查看后需要更换管道' },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: 'dispatched', complexity: 'complex', deadlineReason: '现场查看后需要更换管道' });
    expect(res.body.data.dueAt).toBe(later(complaint.receivedAt, 3 * DAY).toISOString());
    expect((await clockOf('complaint', complaint.documentId)).dueAt).toBe(res.body.data.dueAt);
    const steps = await historyOf('complaints', complaint.documentId);
    expect(steps.find((s) => s.action === 'reviseDeadline')).toMatchObject({
      fromStatus: 'dispatched',
      toStatus: 'dispatched',
      changes: { complexity: { from: 'general', to: 'complex' }, deadlineReason: { from: null, to: '现场查看后需要更换管道' } },
    });
    expect(steps.find((s) => s.action === 'deadline-changed')?.changes?.dueAt).toEqual({ from: complaint.dueAt, to: res.body.data.dueAt });
  });

  it('escalates at the corrected deadline: an earlier received time makes the complaint overdue now', async () => {
    const complaint = await dispatched({ complexity: 'general' });
    const receivedAt = later(complaint.receivedAt, -2 * HOUR).toISOString();
    const res = await as('supervisor').post(`/api/complaints/${complaint.documentId}/actions/reviseDeadline`, {
      data: { receivedAt, deadlineReason: '来信两小时前已送达前台' },
    });
    expect(res.status).toBe(200);
    expect(res.body.data.dueAt).toBe(later(receivedAt, minutes(30)).toISOString());
    const fired = await runScheduler(new Date());
    expect(fired).toEqual(expect.arrayContaining([expect.objectContaining({ recordId: complaint.documentId, clock: 'handling', step: 'level-1', outcome: 'notified' })]));
  });
});

describe('特别复杂: the deadline agreed with the resident (约定时限)', () => {
  it('is not written by an edit', async () => {
    const complaint = await newComplaint({ complexity: 'very_complex' });
    const res = await as('supervisor').put(`/api/complaints/${complaint.documentId}`, {
      data: { agreedDueAt: '2099-01-01T00:00:00Z', agreedWith: '住户本人' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: ['agreedDueAt'], code: 'ACTION_FIELD' })]));
  });

  it('is only for a very complex complaint', async () => {
    const complaint = await newComplaint({ complexity: 'general' });
    const res = await as('supervisor').post(`/api/complaints/${complaint.documentId}/actions/agreeDeadline`, {
      data: { agreedDueAt: later(new Date(), 5 * DAY).toISOString(), agreedWith: '住户本人', deadlineReason: '需协调开发商' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.code).toBe('ACTION_NOT_APPLICABLE');
  });

  it('is recorded by the supervisor only, with the time, who agreed and why', async () => {
    const complaint = await dispatched({ complexity: 'very_complex' });
    const agreedDueAt = later(complaint.receivedAt, 10 * DAY).toISOString();
    expect((await as('staff').post(`/api/complaints/${complaint.documentId}/actions/agreeDeadline`, {
      data: { agreedDueAt, agreedWith: '刘洋本人（电话）', deadlineReason: '需协调开发商维修外墙' },
    })).status).toBe(403);
    const missing = await as('supervisor').post(`/api/complaints/${complaint.documentId}/actions/agreeDeadline`, { data: { agreedDueAt } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.errors.map((e: { path: string[] }) => e.path[0]).sort()).toEqual(['agreedWith', 'deadlineReason']);

    const res = await as('supervisor').post(`/api/complaints/${complaint.documentId}/actions/agreeDeadline`, {
      data: { agreedDueAt, agreedWith: '刘洋本人（电话）', deadlineReason: '需协调开发商维修外墙' },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: 'dispatched', dueAt: agreedDueAt, agreedWith: '刘洋本人（电话）' });
    expect(await clockOf('complaint', complaint.documentId)).toMatchObject({ state: 'running', dueAt: agreedDueAt });
    const steps = await historyOf('complaints', complaint.documentId);
    expect(steps.find((s) => s.action === 'agreeDeadline')?.changes).toMatchObject({
      agreedDueAt: { from: null, to: agreedDueAt },
      agreedWith: { from: null, to: '刘洋本人（电话）' },
      deadlineReason: { from: null, to: '需协调开发商维修外墙' },
    });
    expect(steps.find((s) => s.action === 'deadline-changed')?.changes?.dueAt).toEqual({ from: null, to: agreedDueAt });
  });
});
