import { as } from '../helpers/api';

describe('colleagues for the pickers (/api/records/users)', () => {
  it('lists users with their names and department, paginated like every register', async () => {
    const res = await as('staff').get('/api/records/users?sort=username:asc&pagination[pageSize]=2');
    expect(res.status).toBe(200);
    expect(res.body.meta.pagination).toMatchObject({ page: 1, pageSize: 2, total: 5, pageCount: 3 });
    expect(res.body.data[0]).toEqual({
      id: expect.any(Number), documentId: expect.any(String), username: 'admin', fullName: '系统管理员', department: null,
    });
  });

  it('finds a colleague by part of their Chinese name', async () => {
    const res = await as('staff').get(`/api/records/users?filters[fullName][$containsi]=${encodeURIComponent('主管')}`);
    expect(res.body.data.map((u: { username: string }) => u.username)).toEqual(['supervisor']);
  });

  it('never lets anyone filter on a password', async () => {
    const res = await as('staff').get('/api/records/users?filters[password][$startsWith]=$2');
    expect(res.status).toBe(400);
  });

  it('shows who recorded a complaint without their account details', async () => {
    const created = await as('staff').post('/api/complaints?populate=receivedBy', {
      data: { channel: 'phone', residentName: '林静', description: '路灯不亮', address: '2栋' },
    });
    expect(created.body.data.receivedBy).toMatchObject({ username: 'staff', fullName: '王芳' });
    for (const field of ['email', 'provider', 'confirmed', 'blocked', 'password']) expect(created.body.data.receivedBy).not.toHaveProperty(field);
  });

  it('does not reveal e-mail addresses', async () => {
    const res = await as('staff').get('/api/records/users');
    expect(res.body.data.every((u: Record<string, unknown>) => !('email' in u) && !('password' in u))).toBe(true);
  });
});
