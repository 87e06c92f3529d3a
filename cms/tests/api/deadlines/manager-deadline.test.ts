import { as } from '../../helpers/api';

describe('重大报修: the manager sets the deadline', () => {
  it('has no due time until the manager’s deadline is entered, then takes it', async () => {
    const created = await as('staff').post('/api/repair-orders', {
      data: { channel: 'phone', residentName: '严军', description: '地下室主水管爆裂', address: '地下车库', urgency: 'critical' },
    });
    expect(created.status).toBe(201);
    expect(created.body.data.dueAt).toBeNull();

    const set = await as('supervisor').put(`/api/repair-orders/${created.body.data.documentId}`, {
      data: { managerDueAt: '2026-12-20T17:00:00+08:00', managerDueSetBy: '陈主任' },
    });
    expect(set.status).toBe(200);
    expect(set.body.data.dueAt).toBe('2026-12-20T09:00:00.000Z');
  });
});
