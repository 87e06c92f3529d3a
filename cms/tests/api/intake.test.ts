import { as, departmentByCode, firstOf } from '../helpers/api';

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date())
    .replace(/-/g, '');

const phoneComplaint = (extra: Record<string, unknown> = {}) => ({
  data: { channel: 'phone', residentName: '刘秀英', residentPhone: '13912345678', description: '楼上漏水', address: '3栋2单元1201', ...extra },
});

describe('recording a resident report', () => {
  it('numbers a new complaint TS-<Shanghai day>-NNNN and starts it as received, stamped with who took it', async () => {
    const res = await as('staff').post('/api/complaints?populate[receivedBy][fields][0]=username', phoneComplaint());
    expect(res.status).toBe(201);
    expect(res.body.data.number).toMatch(new RegExp(`^TS-${today()}-\\d{4}$`));
    expect(res.body.data.status).toBe('received');
    expect(res.body.data.kind).toBe('complaint');
    expect(res.body.data.complexity).toBe('general');
    expect(res.body.data.receivedBy.username).toBe('staff');
    expect(Date.now() - Date.parse(res.body.data.receivedAt)).toBeLessThan(60_000);
  });

  it('keeps a receivedAt given for a letter entered late, and numbers it by that day', async () => {
    const res = await as('staff').post('/api/complaints', phoneComplaint({ channel: 'letter', receivedAt: '2026-03-02T09:30:00+08:00' }));
    expect(res.status).toBe(201);
    expect(res.body.data.receivedAt).toBe('2026-03-02T01:30:00.000Z');
    expect(res.body.data.number).toMatch(/^TS-20260302-\d{4}$/);
  });

  it('links a report to a unit from the unit register', async () => {
    const unit = await firstOf('units');
    const res = await as('staff').post('/api/complaints?populate=unit', phoneComplaint({ address: undefined, unit: unit.documentId }));
    expect(res.status).toBe(201);
    expect(res.body.data.unit.documentId).toBe(unit.documentId);
  });

  it('numbers repair orders BX-… independently of complaints', async () => {
    const res = await as('staff').post('/api/repair-orders', {
      data: { channel: 'visit', residentName: '周杰', description: '厨房水槽堵塞', address: '5栋1单元302', urgency: 'urgent' },
    });
    expect(res.status).toBe(201);
    expect(res.body.data.number).toMatch(new RegExp(`^BX-${today()}-\\d{4}$`));
  });

  it('finds a resident’s earlier reports by phone number', async () => {
    const phone = '13800001111';
    await as('staff').post('/api/complaints', phoneComplaint({ residentPhone: phone, description: '第一次来电' }));
    await as('staff').post('/api/complaints', phoneComplaint({ residentPhone: phone, description: '第二次来电' }));
    const res = await as('staff').get(`/api/complaints?filters[residentPhone][$eq]=${phone}&sort=id:asc`);
    expect(res.status).toBe(200);
    expect(res.body.data.map((c: { description: string }) => c.description)).toEqual(['第一次来电', '第二次来电']);
    expect(res.body.meta.pagination.total).toBe(2);
  });

  it('finds reports by part of the unit code, as the quick search asks', async () => {
    const unit = await firstOf('units');
    const created = await as('staff').post('/api/complaints', phoneComplaint({ address: undefined, unit: unit.documentId, residentPhone: '13800003333' }));
    const code = String(unit.code);
    const res = await as('staff').get(
      `/api/complaints?filters[$or][0][number][$containsi]=${code}&filters[$or][1][unit][code][$containsi]=${code}&filters[residentPhone][$eq]=13800003333`,
    );
    expect(res.status).toBe(200);
    expect(res.body.data.map((c: { documentId: string }) => c.documentId)).toEqual([created.body.data.documentId]);
  });

  it('lists with filters on status and department, and sorts', async () => {
    const engineering = await departmentByCode('GC');
    const created = await as('staff').post('/api/complaints', phoneComplaint({ residentPhone: '13800002222' }));
    await as('staff').post(`/api/complaints/${created.body.data.documentId}/actions/dispatch`, { data: { department: engineering.documentId } });
    const res = await as('staff').get(
      `/api/complaints?filters[status][$eq]=dispatched&filters[department][documentId][$eq]=${engineering.documentId}&filters[residentPhone][$eq]=13800002222`,
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0].documentId).toBe(created.body.data.documentId);
  });
});
