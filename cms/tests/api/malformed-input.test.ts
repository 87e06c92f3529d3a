import { anonymous, as, login } from '../helpers/api';

const errorOf = (res: { status: number; body: { error?: { message: string; details?: { code?: string; param?: string; errors?: Array<{ path: string[] }> } } } }) => ({
  status: res.status, code: res.body.error?.details?.code, param: res.body.error?.details?.param, message: res.body.error?.message,
});

describe('a malformed query is a 400 naming the parameter, before anything is read or sent', () => {
  it.each([
    ['filters[status][$between][]=a', 'filters.status.$between'],
    ['filters[status][$eq][$eq]=x', 'filters.status.$eq'],
    ['filters[receivedAt][$gt]=notadate', 'filters.receivedAt.$gt'],
    ['filters[receivedAt][$between][0]=2026-01-01', 'filters.receivedAt.$between'],
    ['filters[id][$lt]=abc', 'filters.id.$lt'],
    ['fields[0]=__proto__', 'fields.0'],
  ])('refuses the export ?%s with a 400 (no half-sent file)', async (query, param) => {
    const res = await as('staff').get(`/api/exports/complaints.xlsx?${query}`);
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'INVALID_QUERY', param });
    expect(res.body.error.message).toContain(`查询参数 ${param}`);
  });

  it.each(['complaints', 'repair-orders', 'key-loans', 'archives', 'units', 'record-steps'])('refuses fields[0]=__proto__ on %s', async (plural) => {
    expect(errorOf(await as('director').get(`/api/${plural}?fields[0]=__proto__`))).toMatchObject({ status: 400, param: 'fields.0' });
  });

  it('says it in English when the panel is in English', async () => {
    const res = await as('staff', { 'Accept-Language': 'en' }).get('/api/complaints?filters[receivedAt][$gt]=notadate');
    expect(res.body.error.message).toBe('filters.receivedAt.$gt: "notadate" is not a valid date and time');
  });

  it('checks a form type\'s entries and the export columns the same way', async () => {
    expect(errorOf(await as('staff').get('/api/exports/complaints.xlsx?columns=number,nope'))).toMatchObject({ status: 400, param: 'columns' });
    expect(errorOf(await as('admin').get('/api/deadlines/settings/policies?nope=1'))).toMatchObject({ status: 400, param: 'nope' });
  });
});

describe('a malformed body is a 400 in the person\'s language, and nothing is written', () => {
  it.each([
    [{ connect: ['x'] }], [{ set: ['x'] }], [{ documentId: 'x' }], [{ disconnect: ['x'] }],
  ])('refuses the relation operator %j as a field error on the unit', async (unit) => {
    const res = await as('staff').post('/api/complaints', { data: { channel: 'phone', residentName: '刘洋', description: '漏水', unit } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toContainEqual(expect.objectContaining({ path: ['unit'], code: 'NOT_REFERENCE' }));
  });

  it('says a message shared by two fields once', async () => {
    const res = await as('staff').post('/api/complaints', { data: { channel: 'phone', residentName: '刘洋', description: '漏水' } });
    expect(res.body.error.message).toBe('请填写房号或地址（无房号时填写）中的至少一项');
  });

  const raw = async (body: string, type = 'application/json', language = 'zh-CN') =>
    anonymous().post('/api/complaints').set({ Authorization: `Bearer ${await login('staff')}`, 'Content-Type': type, 'Accept-Language': language }).send(body);

  it.each([
    ['{bad', 400, 'INVALID_JSON', '请求体不是有效的 JSON', 'The request body is not valid JSON'],
    ['{"data": {"__proto__": {"x": 1}}}', 400, 'FORBIDDEN_KEY', '请求体含有不允许的键（__proto__ 或 constructor.prototype）', 'The request body contains a forbidden key (__proto__ or constructor.prototype)'],
    [`{"data": {"description": "${'x'.repeat(300_000)}"}}`, 413, 'BODY_TOO_LARGE', '请求体过大（上限 256 KB）', 'The request body is too large (limit 256 KB)'],
  ])('answers %#: an unreadable body with %i %s in both languages', async (body, status, code, zh, en) => {
    expect(errorOf(await raw(body))).toMatchObject({ status, code, message: zh });
    expect(errorOf(await raw(body, 'application/json', 'en'))).toMatchObject({ status, code, message: en });
  });

  it('refuses a body that is not JSON rather than taking it as no input', async () => {
    expect(errorOf(await raw('<data/>', 'application/xml'))).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    const res = await as('staff').post('/api/complaints', { notData: {} });
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'UNKNOWN_BODY_KEY' });
  });
});
