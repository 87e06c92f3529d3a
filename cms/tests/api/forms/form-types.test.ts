import knex from 'knex';
import { anonymous, as, firstOf, login } from '../../helpers/api';
import { publish, renovationForm } from '../../helpers/forms';

const KEY = 'renovation';
const BASE = `/api/forms/entries/${KEY}`;

/** A photo of the plans, uploaded as staff do from the form. */
const uploadPlan = async (): Promise<number> => {
  const token = await login('staff');
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  const res = await anonymous().post('/api/upload').set('Authorization', `Bearer ${token}`).attach('files', png, 'plan.png');
  expect(res.status).toBe(201);
  return res.body[0].id as number;
};

describe('form types designed in the panel, live without restart', () => {
  let unitId: string;
  const entry = (change: Record<string, unknown> = {}) => ({
    f_unit: unitId, f_owner: '王建国', f_deposit: 3000, f_kind: 'full', f_start: '2026-12-01', ...change,
  });

  beforeAll(async () => {
    unitId = (await firstOf('units')).documentId;
    const res = await publish(renovationForm(KEY, 'ZX'));
    expect(res.status).toBe(201);
    expect(res.body.data).toEqual({ key: KEY, version: 1 });
  });

  it('lists the published form type among the registers staff may use, with where its entries live', async () => {
    const res = await as('staff').get('/api/records/registers');
    const form = res.body.data.find((r: { key: string }) => r.key === KEY);
    expect(form).toMatchObject({
      label: { 'zh-CN': '装修申请' },
      apiPath: `forms/entries/${KEY}`,
      numberPrefix: 'ZX',
      formVersion: 1,
      permissions: ['create', 'read'],
    });
  });

  it('numbers a filled-in application and keeps every value, with the upload and the unit populated', async () => {
    const plan = await uploadPlan();
    const res = await as('staff').post(BASE, {
      data: entry({ f_plans: [plan], f_crew: true, f_crewname: '安居装饰', f_idcard: '11010519491231002x', f_workers: [{ name: '李师傅', phone: '13912345678' }] }),
    });
    expect(res.status).toBe(201);
    const data = res.body.data;
    expect(data.number).toMatch(/^ZX-\d{8}-\d{4}$/);
    expect(data).toMatchObject({
      status: 'submitted', formVersion: 1, f_owner: '王建国', f_deposit: 3000, f_crewname: '安居装饰', f_idcard: '11010519491231002X',
      f_unit: { documentId: unitId }, f_plans: [{ id: plan, name: 'plan.png' }], f_workers: [{ name: '李师傅', phone: '13912345678' }],
      filledBy: { username: 'staff' },
    });
    const history = await as('staff').get(`${BASE}/${data.documentId}/history`);
    expect(history.body.data.map((s: { action: string }) => s.action)).toEqual(['create']);
  });

  it('refuses an application without the deposit, naming the field in zh-CN, and writes nothing', async () => {
    const before = await as('staff').get(`${BASE}?pagination[pageSize]=1`);
    const res = await as('staff').post(BASE, { data: entry({ f_deposit: undefined, f_workers: [{ phone: '139' }] }) });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['f_workers', '0', 'phone'], message: '施工人员第1行的电话格式不正确' }),
      expect.objectContaining({ path: ['f_workers', '0', 'name'], message: '请填写施工人员第1行的姓名' }),
      expect.objectContaining({ path: ['f_deposit'], message: '请填写装修押金' }),
    ]);
    const after = await as('staff').get(`${BASE}?pagination[pageSize]=1`);
    expect(after.body.meta.pagination.total).toBe(before.body.meta.pagination.total);
  });

  it('neither requires nor stores the crew name when no outside crew is hired', async () => {
    const res = await as('staff').post(BASE, { data: entry({ f_crew: false, f_crewname: '不该保存' }) });
    expect(res.status).toBe(201);
    expect(res.body.data).not.toHaveProperty('f_crewname');
    const refused = await as('staff').post(BASE, { data: entry({ f_crew: true }) });
    expect(refused.body.error.details.errors).toEqual([expect.objectContaining({ path: ['f_crewname'], message: '请填写施工队名称' })]);
  });

  it('filters the table by the deposit and the kind, and sorts by the deposit', async () => {
    for (const [deposit, kind] of [[1000, 'light'], [8000, 'full'], [12000, 'light']] as const) {
      expect((await as('staff').post(BASE, { data: entry({ f_deposit: deposit, f_kind: kind }) })).status).toBe(201);
    }
    const res = await as('director').get(`${BASE}?filters[f_deposit][$gte]=8000&sort=f_deposit:desc`);
    expect(res.status).toBe(200);
    expect(res.body.data.map((e: { f_deposit: number }) => e.f_deposit)).toEqual([12000, 8000]);
    const both = await as('director').get(`${BASE}?filters[$and][0][f_deposit][$lt]=10000&filters[$and][1][f_kind][$eq]=light`);
    expect(both.body.data.map((e: { f_deposit: number }) => e.f_deposit)).toEqual([1000]);
    const byUnit = await as('director').get(`${BASE}?filters[f_unit][documentId][$eq]=${unitId}&pagination[pageSize]=2`);
    expect(byUnit.body.meta.pagination).toMatchObject({ page: 1, pageSize: 2 });
    expect(byUnit.body.meta.pagination.total).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ['a field the form does not have', 'filters[f_colour][$eq]=red', '查询参数 filters.f_colour：没有名为“f_colour”的字段'],
    ['an operator the list does not know', 'filters[f_deposit][$regex]=1', '查询参数 filters.f_deposit.$regex：不支持筛选条件“$regex”'],
    ['a deposit that is not a number', 'filters[f_deposit][$gte]=lots', '查询参数 filters.f_deposit.$gte：“lots”不是数字'],
    ['a range filter on free text', 'filters[f_owner][$gt]=王', '“业主姓名”不支持筛选条件“$gt”'],
    ['a sort on free text', 'sort=f_owner:asc', '不能按“业主姓名”排序'],
    ['an unknown query parameter', 'colour=red', '不支持的查询参数“colour”'],
  ])('answers 400 for %s', async (_, query, message) => {
    const res = await as('director').get(`${BASE}?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(message);
  });

  it('finds an application by part of the owner name (the quick search)', async () => {
    const res = await as('director').get(`${BASE}?filters[$or][0][number][$containsi]=zx&filters[$or][1][f_owner][$containsi]=建国`);
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
  });

  it('lets the supervisor approve, and keeps the step in the history', async () => {
    const created = await as('staff').post(BASE, { data: entry() });
    const id = created.body.data.documentId;
    expect((await as('staff').post(`${BASE}/${id}/actions/approve`)).status).toBe(403);
    const approved = await as('supervisor').post(`${BASE}/${id}/actions/approve`, { data: { note: '押金已收' } });
    expect(approved.status).toBe(200);
    expect(approved.body.data.status).toBe('approved');
    const again = await as('supervisor').post(`${BASE}/${id}/actions/reject`);
    expect(again.status).toBe(400);
    const history = await as('supervisor').get(`${BASE}/${id}/history`);
    expect(history.body.data.map((s: { action: string; note: string | null }) => [s.action, s.note])).toEqual([['create', null], ['approve', '押金已收']]);
  });

  it('keeps form design to administrators and entries to the roles the form names', async () => {
    expect((await as('staff').post('/api/forms/types', { data: renovationForm('other-form', 'QT') })).status).toBe(403);
    expect((await as('dept-head').get(BASE)).status).toBe(403);
    expect((await as('director').post(BASE, { data: entry() })).status).toBe(403);
    expect((await anonymous().get(BASE)).status).toBe(403);
  });

  it('refuses a definition with problems, saying where each one is', async () => {
    const bad = { ...renovationForm('bad-form', 'TS'), fields: [{ name: 'f_x', type: 'enum', label: { 'zh-CN': '类型', en: 'Kind' }, options: [] }] };
    const res = await publish(bad);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: { path: string[]; message: string }) => [e.path.join('.'), e.message])).toEqual([
      ['numberPrefix', '编号前缀“TS”已被“客户诉求”使用'],
      ['fields[0].options', '选择题“类型”需要至少一个选项，选项值不能重复'],
    ]);
  });

  it('exports a definition another office can publish as is', async () => {
    const exported = await as('admin').get(`/api/forms/types/${KEY}/export`);
    expect(exported.status).toBe(200);
    expect(exported.body).toMatchObject({ format: 'wuyedesk-form/1', key: KEY, numberPrefix: 'ZX' });
    const imported = await publish({ ...exported.body, key: 'renovation-copy', numberPrefix: 'ZXB' });
    expect(imported.status).toBe(201);
    const res = await as('staff').post('/api/forms/entries/renovation-copy', { data: entry() });
    expect(res.body.data.number).toMatch(/^ZXB-/);
  });

  it('keeps earlier entries readable with their version after a field is renamed and another removed', async () => {
    const first = await as('staff').post(BASE, { data: entry({ f_start: '2027-01-05' }) });
    const id = first.body.data.documentId;
    const v1 = renovationForm(KEY, 'ZX');
    const v2 = {
      ...v1,
      fields: v1.fields
        .filter((f) => f.name !== 'f_start')
        .map((f) => (f.name === 'f_deposit' ? { ...f, label: { 'zh-CN': '装修保证金', en: 'Security deposit' } } : f)),
    };
    const republished = await publish(v2);
    expect(republished.body.data).toEqual({ key: KEY, version: 2 });

    const old = await as('director').get(`${BASE}/${id}`);
    expect(old.body.data).toMatchObject({ formVersion: 1, f_start: '2027-01-05', f_deposit: 3000 });
    const asFilled = await as('director').get(`/api/forms/types/${KEY}/versions/1`);
    expect(asFilled.body.data.fields.find((f: { name: string }) => f.name === 'f_deposit').label['zh-CN']).toBe('装修押金');

    const registers = await as('director').get('/api/records/registers');
    const now = registers.body.data.find((r: { key: string }) => r.key === KEY);
    expect(now.formVersion).toBe(2);
    expect(now.fields.find((f: { name: string }) => f.name === 'f_deposit').label['zh-CN']).toBe('装修保证金');
    expect(now.fields.find((f: { name: string }) => f.name === 'f_start')).toMatchObject({ retired: true, managed: true });

    const refused = await as('staff').post(BASE, { data: entry({ f_start: '2027-02-01' }) });
    expect(refused.body.error.details.errors).toEqual([expect.objectContaining({ path: ['f_start'], code: 'MANAGED_FIELD' })]);
    const fresh = await as('staff').post(BASE, { data: entry({ f_start: undefined }) });
    expect(fresh.body.data.formVersion).toBe(2);
    // The old entry still filters by the deposit under its new label.
    const filtered = await as('director').get(`${BASE}?filters[documentId][$eq]=${id}&filters[f_deposit][$eq]=3000`);
    expect(filtered.body.data.map((e: { documentId: string }) => e.documentId)).toEqual([id]);
  });

  it('refuses to change the type of a field entries already hold', async () => {
    const v1 = renovationForm(KEY, 'ZX');
    const res = await publish({ ...v1, fields: v1.fields.map((f) => (f.name === 'f_deposit' ? { ...f, type: 'string' } : f)) });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('字段“装修押金”已按“money”类型保存过数据');
  });

  it('serves a form another instance published, on the next request, without a restart', async () => {
    // Another instance's publish is two rows in the shared database; this instance has the old list cached.
    expect((await as('staff').get('/api/records/registers')).body.data.map((r: { key: string }) => r.key)).not.toContain('patrol');
    const db = knex(
      process.env.DATABASE_CLIENT === 'postgres'
        ? { client: 'pg', connection: process.env.DATABASE_URL }
        : { client: 'better-sqlite3', connection: { filename: process.env.DATABASE_FILENAME as string }, useNullAsDefault: true },
    );
    try {
      const { permissions, ...definition } = { ...renovationForm('patrol', 'XL'), name: { 'zh-CN': '巡楼检查表', en: 'Patrol inspection' } };
      const now = Date.now();
      await db('wd_form_versions').insert({ form_key: 'patrol', version: 1, definition: JSON.stringify(definition), published_at: now });
      await db('wd_form_types').insert({
        key: 'patrol', name: JSON.stringify(definition.name), number_prefix: 'XL', permissions: JSON.stringify(permissions),
        current_version: 1, revision: 1, created_at: now, updated_at: now,
      });
    } finally {
      await db.destroy();
    }
    const res = await as('staff').get('/api/records/registers');
    expect(res.body.data.find((r: { key: string }) => r.key === 'patrol')?.label['zh-CN']).toBe('巡楼检查表');
    expect((await as('staff').post('/api/forms/entries/patrol', { data: entry() })).body.data.number).toMatch(/^XL-/);
  });
});
