import { as } from '../helpers/api';

const fieldsIn = (body: { error: { details: { errors: Array<{ path: string[] }> } } }) =>
  body.error.details.errors.map((e) => e.path.join('.')).sort();

const countComplaints = async () => (await as('supervisor').get('/api/complaints?pagination[pageSize]=1')).body.meta.pagination.total as number;

describe('bad input is refused with every bad field named, and nothing is written', () => {
  it('names each missing required field, in Chinese by default', async () => {
    const res = await as('staff').post('/api/complaints', { data: { channel: 'phone' } });
    expect(res.status).toBe(400);
    expect(fieldsIn(res.body)).toEqual(['address', 'description', 'residentName', 'unit']);
    const messages = res.body.error.details.errors.map((e: { message: string }) => e.message);
    expect(messages).toContain('请填写住户姓名');
    expect(messages).toContain('请填写诉求内容');
  });

  it('answers in English when the panel asks for English', async () => {
    const res = await as('staff', { 'Accept-Language': 'en' }).post('/api/complaints', {
      data: { channel: 'fax', residentName: 'A', description: 'x', address: 'y' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].message).toBe('"fax" is not a valid Channel');
  });

  it('refuses a value outside an enum', async () => {
    const res = await as('staff').post('/api/complaints', {
      data: { channel: 'fax', residentName: '王五', description: '测试', address: '1栋', complexity: 'urgent' },
    });
    expect(res.status).toBe(400);
    expect(fieldsIn(res.body)).toEqual(['channel', 'complexity']);
  });

  it('refuses text where a number belongs', async () => {
    const created = await as('staff').post('/api/repair-orders', {
      data: { channel: 'phone', residentName: '周杰', description: '灯不亮', address: '2栋' },
    });
    const res = await as('staff').put(`/api/repair-orders/${created.body.data.documentId}`, { data: { labourHours: 'two' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ path: ['labourHours'], message: '工时（小时）必须是数字' });
  });

  it('refuses a unit that does not exist', async () => {
    const res = await as('staff').post('/api/complaints', {
      data: { channel: 'phone', residentName: '王五', description: '测试', unit: 'nosuchunit000000000000' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: ['unit'], message: '找不到所选的房号' })]);
  });

  it('refuses an oversized field with its limit', async () => {
    const res = await as('staff').post('/api/complaints', {
      data: { channel: 'phone', residentName: '王五', description: '长'.repeat(2001), address: '1栋' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ path: ['description'], message: '诉求内容不能超过2000个字' });
  });

  it('refuses an oversized request body as too large', async () => {
    const res = await as('staff').post('/api/complaints', {
      data: { channel: 'phone', residentName: '王五', description: 'x'.repeat(300 * 1024), address: '1栋' },
    });
    expect(res.status).toBe(413);
    expect(res.body.error.message).toBeTruthy();
  });

  it('refuses fields the system sets (number, status) and unknown fields', async () => {
    const res = await as('staff').post('/api/complaints', {
      data: { channel: 'phone', residentName: '王五', description: '测试', address: '1栋', number: 'TS-1', status: 'closed', colour: 'red' },
    });
    expect(res.status).toBe(400);
    expect(fieldsIn(res.body)).toEqual(['colour', 'number', 'status']);
  });

  it('refuses a malformed phone number', async () => {
    const res = await as('staff').post('/api/complaints', {
      data: { channel: 'phone', residentName: '王五', description: '测试', address: '1栋', residentPhone: '12345' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ path: ['residentPhone'], message: '联系电话格式不正确' });
  });

  it('writes nothing and takes no number when a create is refused', async () => {
    const before = await countComplaints();
    const first = await as('staff').post('/api/complaints', { data: { channel: 'phone', residentName: '甲', description: 'a', address: '1栋' } });
    await as('staff').post('/api/complaints', { data: { channel: 'phone', residentName: '乙', description: 'b', unit: 'missing-unit-000000000000' } });
    const second = await as('staff').post('/api/complaints', { data: { channel: 'phone', residentName: '丙', description: 'c', address: '1栋' } });
    expect(await countComplaints()).toBe(before + 2);
    const seq = (n: string) => Number(n.split('-')[2]);
    expect(seq(second.body.data.number)).toBe(seq(first.body.data.number) + 1);
  });
});
