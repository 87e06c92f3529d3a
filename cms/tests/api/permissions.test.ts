import { anonymous, as, departmentByCode } from '../helpers/api';

const complaintIn = async (departmentCode: string) => {
  const department = await departmentByCode(departmentCode);
  const created = await as('staff').post('/api/complaints', {
    data: { channel: 'phone', residentName: '黄磊', description: `交给${departmentCode}`, address: '1栋' },
  });
  await as('staff').post(`/api/complaints/${created.body.data.documentId}/actions/dispatch`, { data: { department: department.documentId } });
  return created.body.data.documentId as string;
};

describe('each role sees and does what the manual gives it', () => {
  it('refuses anonymous requests', async () => {
    expect((await anonymous().get('/api/complaints')).status).toBe(403);
  });

  it('does not let staff change reference data', async () => {
    const department = await departmentByCode('GC');
    expect((await as('staff').put(`/api/departments/${department.documentId}`, { data: { head: '别人' } })).status).toBe(403);
    expect((await as('staff').post('/api/units', { data: { code: '9-9-999', building: '9栋', room: '999' } })).status).toBe(403);
  });

  it('lets administrators change reference data', async () => {
    const res = await as('admin').post('/api/units', { data: { code: '9-1-101', building: '9栋', entrance: '1单元', room: '101' } });
    expect(res.status).toBe(201);
    expect(res.body.data.code).toBe('9-1-101');
  });

  it('shows a department head only their own department’s work', async () => {
    const own = await complaintIn('GC');
    const other = await complaintIn('BJ');
    const list = await as('dept-head').get('/api/complaints?pagination[pageSize]=100');
    const ids = list.body.data.map((c: { documentId: string }) => c.documentId);
    expect(ids).toContain(own);
    expect(ids).not.toContain(other);
    expect((await as('dept-head').get(`/api/complaints/${other}`)).status).toBe(404);
    expect((await as('dept-head').get(`/api/complaints/${own}`)).status).toBe(200);
  });

  it('does not let a department head act on or edit another department’s work', async () => {
    const other = await complaintIn('BJ');
    expect((await as('dept-head').post(`/api/complaints/${other}/actions/accept`, {})).status).toBe(404);
    expect((await as('dept-head').put(`/api/complaints/${other}`, { data: { lateReason: 'x' } })).status).toBe(404);
  });

  it('does not let a department head record new complaints', async () => {
    const res = await as('dept-head').post('/api/complaints', { data: { channel: 'phone', residentName: '甲', description: 'x', address: '1栋' } });
    expect(res.status).toBe(403);
  });

  it('does not let staff sign for a department (签收 is the head’s)', async () => {
    const id = await complaintIn('GC');
    const res = await as('staff').post(`/api/complaints/${id}/actions/accept`, {});
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('您的角色不能执行“签收”');
  });

  it('lets the director read everything but record nothing', async () => {
    const id = await complaintIn('BJ');
    expect((await as('director').get(`/api/complaints/${id}`)).status).toBe(200);
    expect((await as('director').post('/api/complaints', { data: { channel: 'phone', residentName: '甲', description: 'x', address: '1栋' } })).status).toBe(403);
  });

  it('keeps the key ledger away from department heads', async () => {
    expect((await as('dept-head').get('/api/key-loans')).status).toBe(403);
  });

  it('tells the panel which registers a role may use', async () => {
    const res = await as('dept-head').get('/api/records/registers');
    const complaints = res.body.data.find((r: { key: string }) => r.key === 'complaint');
    expect(complaints.permissions).toEqual(['read', 'update', 'act']);
    expect(res.body.data.map((r: { key: string }) => r.key)).not.toContain('key-loan');
  });

  it('tells the panel who is signed in', async () => {
    const res = await as('dept-head').get('/api/records/me');
    expect(res.body.data).toMatchObject({ username: 'dept-head', fullName: '李工', role: 'dept-head', department: { name: '工程部' } });
  });
});
