import { API_URL, page, setup } from './fake-fetch';

describe('getMany', () => {
  it('filters on documentId $in with a page as large as the id list', async () => {
    const { provider, calls } = setup([page([])]);
    await provider.getMany({ resource: 'departments', ids: ['d-1', 'd-2'] });
    expect(calls[0]).toMatchObject({
      method: 'GET',
      url:
        `${API_URL}/departments?filters[documentId][$in][0]=d-1&filters[documentId][$in][1]=d-2` +
        '&pagination[page]=1&pagination[pageSize]=2',
    });
  });

  it('returns the records with id set to their documentId', async () => {
    const { provider } = setup([
      page([
        { id: 1, documentId: 'd-1', name: '工程部' },
        { id: 2, documentId: 'd-2', name: '客服部' },
      ]),
    ]);
    const result = await provider.getMany({ resource: 'departments', ids: ['d-1', 'd-2'] });
    expect(result).toEqual({
      data: [
        { id: 'd-1', documentId: 'd-1', name: '工程部' },
        { id: 'd-2', documentId: 'd-2', name: '客服部' },
      ],
    });
  });

  it('sends populate from meta', async () => {
    const { provider, calls } = setup([page([])]);
    await provider.getMany({ resource: 'units', ids: ['u-1'], meta: { populate: ['keys'] } });
    expect(calls[0].url).toBe(
      `${API_URL}/units?filters[documentId][$in][0]=u-1&pagination[page]=1&pagination[pageSize]=1&populate[0]=keys`,
    );
  });

  it('splits more than 100 ids into requests of at most 100', async () => {
    const ids = Array.from({ length: 150 }, (_, index) => `k-${index}`);
    const { provider, calls } = setup([page([]), page([])]);
    await provider.getMany({ resource: 'keys', ids });
    expect(calls.map((call) => new URL(call.url).searchParams.get('pagination[pageSize]'))).toEqual([
      '100',
      '50',
    ]);
  });

  it('returns the records of every chunk together', async () => {
    const ids = Array.from({ length: 101 }, (_, index) => `k-${index}`);
    const { provider } = setup([page([{ documentId: 'k-0' }]), page([{ documentId: 'k-100' }])]);
    const result = await provider.getMany({ resource: 'keys', ids });
    expect(result.data).toEqual([
      { id: 'k-0', documentId: 'k-0' },
      { id: 'k-100', documentId: 'k-100' },
    ]);
  });

  it('asks nothing of the server for an empty id list', async () => {
    const { provider, calls } = setup([]);
    const result = await provider.getMany({ resource: 'keys', ids: [] });
    expect({ result, calls }).toEqual({ result: { data: [] }, calls: [] });
  });
});
