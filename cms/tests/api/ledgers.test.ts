import { as, firstOf } from '../helpers/api';
import { scheduledCount, userId } from '../helpers/keys';

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date())
    .replace(/-/g, '');

describe('the key ledger 钥匙借用登记', () => {
  it('records a loan YS-… with the handler, and its return with who returned it', async () => {
    const key = await firstOf('keys');
    const loan = await as('staff').post('/api/key-loans?populate=handler', {
      data: { key: key.documentId, borrower: '吴师傅', purpose: 'repair', approver: await userId('dept-head') },
    });
    expect(loan.status).toBe(201);
    expect(loan.body.data.number).toMatch(new RegExp(`^YS-${today()}-\\d{4}$`));
    expect(loan.body.data).toMatchObject({ status: 'lent', handler: { username: 'staff' } });
    const returned = await as('staff').post(`/api/key-loans/${loan.body.data.documentId}/actions/return?populate=returnHandler`, {
      data: { returnedBy: '吴师傅' },
    });
    expect(returned.body.data).toMatchObject({ status: 'returned', returnedBy: '吴师傅', returnHandler: { username: 'staff' } });
    expect(returned.body.data.returnedAt).toBeTruthy();
  });

  it('requires a key, a borrower and an approver', async () => {
    const res = await as('staff').post('/api/key-loans', { data: { purpose: 'repair' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path[0]).sort()).toEqual(['approver', 'borrower', 'key']);
  });

  it('records a count with the keys found missing', async () => {
    const key = await firstOf('keys', '&filters[state][$eq]=in_cabinet');
    const count = { body: { data: await scheduledCount('daily', '2024-04-10T02:00:00Z') } };
    expect(count.body.data.number).toMatch(/^PD-/);
    const all = await as('staff').get('/api/keys?filters[state][$eq]=in_cabinet&pagination[pageSize]=100');
    const found = all.body.data.map((k: { documentId: string }) => k.documentId).filter((id: string) => id !== key.documentId);
    const res = await as('staff').post(`/api/key-counts/${count.body.data.documentId}/actions/complete?populate=missingKeys`, { data: { foundKeys: found } });
    expect(res.body.data.missingKeys.map((k: { documentId: string }) => k.documentId)).toEqual([key.documentId]);
  });
});

// Archive access (档案查阅/借阅) is covered in tests/api/archives/.

describe('the supervisor 客服主管', () => {
  it('may sign for dispatched work in the department’s place', async () => {
    const department = await firstOf('departments', '&filters[code][$eq]=BJ');
    const created = await as('supervisor').post('/api/complaints', {
      data: { channel: 'visit', residentName: '孔芳', description: '垃圾未清运', address: '4栋' },
    });
    const id = created.body.data.documentId;
    await as('supervisor').post(`/api/complaints/${id}/actions/dispatch`, { data: { department: department.documentId } });
    expect((await as('supervisor').post(`/api/complaints/${id}/actions/accept`, {})).body.data.status).toBe('accepted');
  });

  it('may not change reference data', async () => {
    const unit = await firstOf('units');
    expect((await as('supervisor').put(`/api/units/${unit.documentId}`, { data: { ownerName: '别人' } })).status).toBe(403);
  });
});
