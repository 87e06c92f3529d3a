import { as, departmentByCode } from '../helpers/api';

// 咨询: no callback rule applies, so closing follows the handling workflow alone (callbacks: tests/api/callbacks).
const newComplaint = async () => {
  const res = await as('staff').post('/api/complaints', {
    data: { channel: 'phone', kind: 'enquiry', residentName: '陈静', residentPhone: '13700001234', description: '电梯异响', address: '6栋1单元' },
  });
  expect(res.status).toBe(201);
  return res.body.data.documentId as string;
};

const act = (user: Parameters<typeof as>[0], id: string, action: string, data?: object) =>
  as(user).post(`/api/complaints/${id}/actions/${action}`, data ? { data } : {});

describe('the handling workflow: 派单 → 签收 → 处理 → 完成 → 关闭', () => {
  it('moves a complaint through every step, stamping each time', async () => {
    const engineering = await departmentByCode('GC');
    const id = await newComplaint();
    const dispatched = await act('staff', id, 'dispatch', { department: engineering.documentId });
    expect(dispatched.status).toBe(200);
    expect(dispatched.body.data.status).toBe('dispatched');
    expect(dispatched.body.data.dispatchedAt).toBeTruthy();
    expect((await act('dept-head', id, 'accept')).body.data.status).toBe('accepted');
    expect((await act('dept-head', id, 'start')).body.data.status).toBe('in_progress');
    const resolved = await act('dept-head', id, 'resolve', { resolution: '更换导轨滑块，运行正常' });
    expect(resolved.body.data).toMatchObject({ status: 'resolved', resolution: '更换导轨滑块，运行正常' });
    const closed = await act('staff', id, 'close');
    expect(closed.body.data.status).toBe('closed');
    expect(closed.body.data.closedAt).toBeTruthy();
  });

  it('records each step in the history with who took it', async () => {
    const engineering = await departmentByCode('GC');
    const id = await newComplaint();
    await act('staff', id, 'dispatch', { department: engineering.documentId, note: '请尽快处理' });
    await act('dept-head', id, 'accept');
    const res = await as('staff').get(`/api/complaints/${id}/history`);
    expect(res.status).toBe(200);
    expect(res.body.data.map((s: { action: string; toStatus: string; actorName: string }) => [s.action, s.toStatus, s.actorName])).toEqual([
      ['create', 'received', '王芳'],
      ['dispatch', 'dispatched', '王芳'],
      ['accept', 'accepted', '李工'],
    ]);
    expect(res.body.data[1].note).toBe('请尽快处理');
    expect(res.body.data[1].changes.department.to).toBe(engineering.documentId);
  });

  it('refuses an illegal step with a clear message', async () => {
    const id = await newComplaint();
    const res = await act('staff', id, 'close');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('当前状态“已登记”不能执行“关闭”');
    expect(res.body.error.details.code).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('requires the department when dispatching', async () => {
    const id = await newComplaint();
    const res = await act('staff', id, 'dispatch', {});
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: ['department'], message: '请选择责任部门' })]);
  });

  it('requires a reason to void, and a voided complaint can no longer be edited', async () => {
    const id = await newComplaint();
    expect((await act('staff', id, 'void')).status).toBe(400);
    expect((await act('staff', id, 'void', { voidReason: '重复登记' })).body.data.status).toBe('void');
    const edit = await as('staff').put(`/api/complaints/${id}`, { data: { description: '改一下' } });
    expect(edit.status).toBe(400);
    expect(edit.body.error.details.code).toBe('RECORD_FINAL');
  });

  it('does not let the status be written through an edit', async () => {
    const id = await newComplaint();
    const res = await as('staff').put(`/api/complaints/${id}`, { data: { status: 'closed' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['status']);
  });

  it('lets only one of two simultaneous identical steps win', async () => {
    const engineering = await departmentByCode('GC');
    const id = await newComplaint();
    await act('staff', id, 'dispatch', { department: engineering.documentId });
    const results = await Promise.all([act('dept-head', id, 'accept'), act('supervisor', id, 'accept')]);
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    // The loser saw either the new state (400) or lost the claim on the row (409).
    expect([400, 409]).toContain(results.find((r) => r.status !== 200)?.status);
    const history = await as('staff').get(`/api/complaints/${id}/history`);
    expect(history.body.data.filter((s: { action: string }) => s.action === 'accept')).toHaveLength(1);
  });

  it('has no delete: records are voided, never deleted', async () => {
    const id = await newComplaint();
    const res = await as('admin').delete(`/api/complaints/${id}`);
    expect([404, 405]).toContain(res.status);
    expect((await as('staff').get(`/api/complaints/${id}`)).status).toBe(200);
  });
});
