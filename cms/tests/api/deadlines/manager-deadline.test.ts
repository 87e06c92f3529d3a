import { as } from '../../helpers/api';

describe('重大报修: the manager sets the deadline', () => {
  it('has no due time until the manager’s deadline is entered, then takes it', async () => {
    const created = await as('staff').post('/api/repair-orders', {
      data: { channel: 'phone', residentName: '严军', description: '地下室主水管爆裂', address: '地下车库', urgency: 'critical' },
    });
    expect(created.status).toBe(201);
    expect(created.body.data.dueAt).toBeNull();

    const id = created.body.data.documentId;
    const edit = await as('supervisor').put(`/api/repair-orders/${id}`, { data: { managerDueAt: '2026-12-20T17:00:00+08:00', managerDueSetBy: '陈主任' } });
    expect(edit.status).toBe(400);
    expect(edit.body.error.details.errors[0]).toMatchObject({ path: ['managerDueAt'], code: 'ACTION_FIELD' });
    expect((await as('staff').post(`/api/repair-orders/${id}/actions/setManagerDeadline`, {
      data: { managerDueAt: '2026-12-20T17:00:00+08:00', managerDueSetBy: '陈主任', deadlineReason: '需停水检修' },
    })).status).toBe(403);

    const set = await as('director').post(`/api/repair-orders/${id}/actions/setManagerDeadline`, {
      data: { managerDueAt: '2026-12-20T17:00:00+08:00', managerDueSetBy: '陈主任', deadlineReason: '需停水检修，已报公司' },
    });
    expect(set.status).toBe(200);
    expect(set.body.data).toMatchObject({ status: 'received', dueAt: '2026-12-20T09:00:00.000Z' });
  });

  it('after dispatch changes the urgency only through 调整时限', async () => {
    const created = await as('staff').post('/api/repair-orders', {
      data: { channel: 'phone', residentName: '严军', description: '卫生间漏水', address: '5栋', urgency: 'general' },
    });
    const id = created.body.data.documentId;
    const department = (await as('admin').get('/api/departments?filters[code][$eq]=GC')).body.data[0].documentId;
    expect((await as('staff').post(`/api/repair-orders/${id}/actions/dispatch`, { data: { department } })).status).toBe(200);
    expect((await as('staff').put(`/api/repair-orders/${id}`, { data: { urgency: 'major' } })).status).toBe(400);
    const res = await as('supervisor').post(`/api/repair-orders/${id}/actions/reviseDeadline`, { data: { urgency: 'major', deadlineReason: '需更换立管' } });
    expect(res.status).toBe(200);
    expect(res.body.data.dueAt).toBe(new Date(new Date(created.body.data.receivedAt).getTime() + 7 * 24 * 3600_000).toISOString());
  });
});
