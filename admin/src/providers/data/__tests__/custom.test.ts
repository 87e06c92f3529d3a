import { API_URL, json, setup } from './fake-fetch';

const accepted = { id: 5, documentId: 'c-5', status: 'accepted' };

describe('custom', () => {
  it('posts a workflow action to a url relative to apiUrl, payload as given', async () => {
    const { provider, calls } = setup([json({ data: accepted })]);
    await provider.custom({
      url: 'complaints/c-5/actions/accept',
      method: 'post',
      payload: { data: { assignee: 'd-1', note: '已受理' } },
    });
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: `${API_URL}/complaints/c-5/actions/accept`,
      body: { data: { assignee: 'd-1', note: '已受理' } },
    });
  });

  it('returns the record of a { data } answer with id set to its documentId', async () => {
    const { provider } = setup([json({ data: accepted })]);
    const result = await provider.custom({ url: 'complaints/c-5/actions/accept', method: 'post', payload: { data: {} } });
    expect(result).toEqual({ data: { ...accepted, id: 'c-5' } });
  });

  it('accepts a relative url with a leading slash', async () => {
    const { provider, calls } = setup([json({ data: [] })]);
    await provider.custom({ url: '/complaints/c-5/history', method: 'get' });
    expect(calls[0].url).toBe(`${API_URL}/complaints/c-5/history`);
  });

  it('returns the history steps of a { data } list unchanged when they have no documentId', async () => {
    const steps = [{ action: 'create', at: '2024-01-01' }, { action: 'accept', at: '2024-01-02' }];
    const { provider } = setup([json({ data: steps })]);
    const result = await provider.custom({ url: 'complaints/c-5/history', method: 'get' });
    expect(result).toEqual({ data: steps });
  });

  it('maps ids in a { data } list of records', async () => {
    const { provider } = setup([json({ data: [{ documentId: 'a' }] })]);
    const result = await provider.custom({ url: 'keys/report', method: 'get' });
    expect(result).toEqual({ data: [{ id: 'a', documentId: 'a' }] });
  });

  it('keeps the meta of a { data, meta } answer', async () => {
    const meta = { pagination: { page: 1, pageSize: 10, pageCount: 1, total: 0 } };
    const { provider } = setup([json({ data: [], meta })]);
    const result = await provider.custom({ url: 'keys/report', method: 'get' });
    expect(result).toEqual({ data: [], meta });
  });

  it('returns any other JSON answer as data unchanged', async () => {
    const { provider } = setup([json({ ok: true })]);
    const result = await provider.custom({ url: 'health', method: 'get' });
    expect(result).toEqual({ data: { ok: true } });
  });

  it('uses an absolute url as given', async () => {
    const { provider, calls } = setup([json({})]);
    await provider.custom({ url: 'https://elsewhere.test/status', method: 'get' });
    expect(calls[0].url).toBe('https://elsewhere.test/status');
  });

  it('does not send the token to an absolute url outside the API', async () => {
    const { provider, calls } = setup([json({})]);
    await provider.custom({ url: 'https://elsewhere.test/status', method: 'get' });
    expect(calls[0].headers.authorization).toBeUndefined();
  });

  it('sends the token to an absolute url inside the API', async () => {
    const { provider, calls } = setup([json({})]);
    await provider.custom({ url: `${API_URL}/complaints/c-5/history`, method: 'get' });
    expect(calls[0].headers.authorization).toBe('Bearer jwt-1');
  });

  it('adds the query to the url', async () => {
    const { provider, calls } = setup([json({ data: [] })]);
    await provider.custom({ url: 'complaints/c-5/history', method: 'get', query: { limit: 5, kinds: ['note'] } });
    expect(calls[0].url).toBe(`${API_URL}/complaints/c-5/history?limit=5&kinds[0]=note`);
  });

  it('appends the query to a url that already has one', async () => {
    const { provider, calls } = setup([json({ data: [] })]);
    await provider.custom({ url: 'stats?scope=all', method: 'get', query: { year: 2024 } });
    expect(calls[0].url).toBe(`${API_URL}/stats?scope=all&year=2024`);
  });

  it('maps filters and sorters into the query', async () => {
    const { provider, calls } = setup([json({ data: [] })]);
    await provider.custom({
      url: 'key-loans/overdue',
      method: 'get',
      filters: [{ field: 'key.code', operator: 'startswith', value: 'A' }],
      sorters: [{ field: 'dueAt', order: 'asc' }],
    });
    expect(calls[0].url).toBe(`${API_URL}/key-loans/overdue?filters[key][code][$startsWithi]=A&sort[0]=dueAt%3Aasc`);
  });

  it('sends the headers given, over meta headers and defaults', async () => {
    const { provider, calls } = setup([json({})]);
    await provider.custom({
      url: 'x',
      method: 'get',
      headers: { 'X-Step': '2', 'Accept-Language': 'en' },
      meta: { headers: { 'X-Step': '1', 'X-Meta': 'm' } },
    });
    expect(calls[0].headers).toEqual({
      accept: 'application/json',
      'accept-language': 'en',
      authorization: 'Bearer jwt-1',
      'x-step': '2',
      'x-meta': 'm',
    });
  });

  it.each([
    ['get', 'GET'],
    ['post', 'POST'],
    ['put', 'PUT'],
    ['patch', 'PATCH'],
    ['delete', 'DELETE'],
    ['head', 'HEAD'],
    ['options', 'OPTIONS'],
  ] as const)('sends method %s as %s', async (method, sent) => {
    const { provider, calls } = setup([json({})]);
    await provider.custom({ url: 'x', method });
    expect(calls[0].method).toBe(sent);
  });

  it('drops a payload given to a GET, which fetch would reject', async () => {
    const { provider, calls } = setup([json({})]);
    await provider.custom({ url: 'x', method: 'get', payload: { a: 1 } });
    expect(calls[0].body).toBeUndefined();
  });

  it('returns null data for an empty 204 answer', async () => {
    const { provider } = setup([new Response(null, { status: 204 })]);
    const result = await provider.custom({ url: 'x', method: 'post', payload: {} });
    expect(result).toEqual({ data: null });
  });

  it('rejects with the mapped Strapi error of a refused action', async () => {
    const { provider } = setup([
      json({ data: null, error: { status: 409, name: 'ApplicationError', message: '该投诉已关闭', details: {} } }, 409),
    ]);
    await expect(
      provider.custom({ url: 'complaints/c-5/actions/accept', method: 'post', payload: { data: {} } }),
    ).rejects.toEqual({ statusCode: 409, message: '该投诉已关闭' });
  });
});
