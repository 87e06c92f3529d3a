import { API_URL, json, page, setup, withSignal } from './fake-fetch';

const complaint = { id: 7, documentId: 'c-7', title: '楼道漏水', status: 'open' };

describe('getList', () => {
  it('requests the page and page size Refine asks for', async () => {
    const { provider, calls } = setup([page([])]);
    await provider.getList({
      resource: 'complaints',
      pagination: { currentPage: 3, pageSize: 20, mode: 'server' },
    });
    expect(calls[0]).toMatchObject({
      method: 'GET',
      url: `${API_URL}/complaints?pagination[page]=3&pagination[pageSize]=20`,
    });
  });

  it('uses Refine defaults of page 1 and 10 per page when no pagination is given', async () => {
    const { provider, calls } = setup([page([])]);
    await provider.getList({ resource: 'complaints' });
    expect(calls[0].url).toBe(`${API_URL}/complaints?pagination[page]=1&pagination[pageSize]=10`);
  });

  it('returns the records with id set to their documentId', async () => {
    const { provider } = setup([page([complaint])]);
    const result = await provider.getList({ resource: 'complaints' });
    expect(result.data).toEqual([{ id: 'c-7', documentId: 'c-7', title: '楼道漏水', status: 'open' }]);
  });

  it('returns the total from Strapi pagination meta', async () => {
    const { provider } = setup([page([complaint], { page: 1, pageSize: 10, pageCount: 5, total: 42 })]);
    const result = await provider.getList({ resource: 'complaints' });
    expect(result.total).toBe(42);
  });

  it('counts the records as the total when Strapi sends no pagination meta', async () => {
    const { provider } = setup([json({ data: [complaint, complaint] })]);
    const result = await provider.getList({ resource: 'complaints' });
    expect(result.total).toBe(2);
  });

  it('sends sorters as encoded field:order sort entries in order', async () => {
    const { provider, calls } = setup([page([])]);
    await provider.getList({
      resource: 'complaints',
      sorters: [
        { field: 'status', order: 'asc' },
        { field: 'createdAt', order: 'desc' },
      ],
      pagination: { currentPage: 1, pageSize: 20 },
    });
    expect(calls[0].url).toBe(
      `${API_URL}/complaints?sort[0]=status%3Aasc&sort[1]=createdAt%3Adesc&pagination[page]=1&pagination[pageSize]=20`,
    );
  });

  it('sends filters with keys readable and values encoded', async () => {
    const { provider, calls } = setup([page([])]);
    await provider.getList({
      resource: 'complaints',
      filters: [
        { field: 'department.documentId', operator: 'eq', value: 'dep-1' },
        {
          operator: 'or',
          value: [
            { field: 'code', operator: 'contains', value: '漏水' },
            { field: 'unit.code', operator: 'contains', value: '漏水' },
          ],
        },
      ],
    });
    const q = encodeURIComponent('漏水');
    expect(calls[0].url).toBe(
      `${API_URL}/complaints?filters[$and][0][department][documentId][$eq]=dep-1` +
        `&filters[$and][1][$or][0][code][$containsi]=${q}` +
        `&filters[$and][1][$or][1][unit][code][$containsi]=${q}` +
        '&pagination[page]=1&pagination[pageSize]=10',
    );
  });

  it('sends a $null filter as true', async () => {
    const { provider, calls } = setup([page([])]);
    await provider.getList({
      resource: 'repair-orders',
      filters: [{ field: 'closedAt', operator: 'null', value: true }],
    });
    expect(calls[0].url).toBe(
      `${API_URL}/repair-orders?filters[closedAt][$null]=true&pagination[page]=1&pagination[pageSize]=10`,
    );
  });

  it('sends a populate string from meta, encoded like every value', async () => {
    const { provider, calls } = setup([page([])]);
    await provider.getList({ resource: 'complaints', meta: { populate: '*' } });
    expect(calls[0].url).toBe(`${API_URL}/complaints?pagination[page]=1&pagination[pageSize]=10&populate=%2A`);
  });

  it('sends a populate list from meta', async () => {
    const { provider, calls } = setup([page([])]);
    await provider.getList({ resource: 'complaints', meta: { populate: ['unit', 'department'] } });
    expect(calls[0].url).toBe(
      `${API_URL}/complaints?pagination[page]=1&pagination[pageSize]=10&populate[0]=unit&populate[1]=department`,
    );
  });

  it('sends a populate object from meta', async () => {
    const { provider, calls } = setup([page([])]);
    await provider.getList({
      resource: 'complaints',
      meta: { populate: { unit: { fields: ['code'] } } },
    });
    expect(calls[0].url).toBe(
      `${API_URL}/complaints?pagination[page]=1&pagination[pageSize]=10&populate[unit][fields][0]=code`,
    );
  });

  it('sends fields from meta', async () => {
    const { provider, calls } = setup([page([])]);
    await provider.getList({ resource: 'units', meta: { fields: ['code', 'building'] } });
    expect(calls[0].url).toBe(
      `${API_URL}/units?pagination[page]=1&pagination[pageSize]=10&fields[0]=code&fields[1]=building`,
    );
  });

  it('merges headers from meta', async () => {
    const { provider, calls } = setup([page([])]);
    await provider.getList({ resource: 'units', meta: { headers: { 'X-Trace': 'abc' } } });
    expect(calls[0].headers['x-trace']).toBe('abc');
  });

  it('passes the query signal Refine gives in meta to fetch', async () => {
    const controller = new AbortController();
    const { provider, calls } = setup([page([])]);
    await provider.getList({ resource: 'units', meta: withSignal(controller.signal) });
    expect(calls[0].signal).toBe(controller.signal);
  });

  it('walks every page of 100 when pagination is off', async () => {
    const { provider, calls } = setup([
      page([{ documentId: 'a' }], { page: 1, pageSize: 100, pageCount: 3, total: 3 }),
      page([{ documentId: 'b' }], { page: 2, pageSize: 100, pageCount: 3, total: 3 }),
      page([{ documentId: 'c' }], { page: 3, pageSize: 100, pageCount: 3, total: 3 }),
    ]);
    await provider.getList({ resource: 'keys', pagination: { mode: 'off' } });
    expect(calls.map((call) => call.url)).toEqual([
      `${API_URL}/keys?pagination[page]=1&pagination[pageSize]=100`,
      `${API_URL}/keys?pagination[page]=2&pagination[pageSize]=100`,
      `${API_URL}/keys?pagination[page]=3&pagination[pageSize]=100`,
    ]);
  });

  it('returns the records of all pages when pagination is off', async () => {
    const { provider } = setup([
      page([{ documentId: 'a' }], { page: 1, pageSize: 100, pageCount: 2, total: 2 }),
      page([{ documentId: 'b' }], { page: 2, pageSize: 100, pageCount: 2, total: 2 }),
    ]);
    const result = await provider.getList({ resource: 'keys', pagination: { mode: 'off' } });
    expect(result).toEqual({
      data: [
        { id: 'a', documentId: 'a' },
        { id: 'b', documentId: 'b' },
      ],
      total: 2,
    });
  });

  it('keeps filters and sorters on every page when pagination is off', async () => {
    const { provider, calls } = setup([
      page([], { page: 1, pageSize: 100, pageCount: 2, total: 101 }),
      page([], { page: 2, pageSize: 100, pageCount: 2, total: 101 }),
    ]);
    await provider.getList({
      resource: 'keys',
      pagination: { mode: 'off' },
      filters: [{ field: 'status', operator: 'eq', value: 'in' }],
      sorters: [{ field: 'code', order: 'asc' }],
    });
    expect(calls[1].url).toBe(
      `${API_URL}/keys?filters[status][$eq]=in&sort[0]=code%3Aasc&pagination[page]=2&pagination[pageSize]=100`,
    );
  });

  it('makes one request when pagination is off and Strapi reports no pages', async () => {
    const { provider, calls } = setup([page([], { page: 1, pageSize: 100, pageCount: 0, total: 0 })]);
    await provider.getList({ resource: 'keys', pagination: { mode: 'off' } });
    expect(calls).toHaveLength(1);
  });

  it('fetches everything for client-side pagination too', async () => {
    const { provider, calls } = setup([page([], { page: 1, pageSize: 100, pageCount: 1, total: 0 })]);
    await provider.getList({ resource: 'keys', pagination: { mode: 'client', currentPage: 2, pageSize: 5 } });
    expect(calls[0].url).toBe(`${API_URL}/keys?pagination[page]=1&pagination[pageSize]=100`);
  });

  it('rejects an answer without a data list as an unexpected response', async () => {
    const { provider } = setup([json({ data: { documentId: 'x' } })]);
    await expect(provider.getList({ resource: 'keys' })).rejects.toEqual({
      statusCode: 502,
      message: '服务器返回了无法识别的响应。',
    });
  });
});
