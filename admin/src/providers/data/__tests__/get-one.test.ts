import { API_URL, json, setup } from './fake-fetch';

describe('getOne', () => {
  it('requests the record by its documentId', async () => {
    const { provider, calls } = setup([json({ data: { id: 3, documentId: 'c-3' } })]);
    await provider.getOne({ resource: 'complaints', id: 'c-3' });
    expect(calls[0]).toMatchObject({ method: 'GET', url: `${API_URL}/complaints/c-3` });
  });

  it('returns the record with id set to its documentId and other fields kept', async () => {
    const { provider } = setup([json({ data: { id: 3, documentId: 'c-3', title: '噪音', unit: { id: 9, documentId: 'u-9' } } })]);
    const result = await provider.getOne({ resource: 'complaints', id: 'c-3' });
    expect(result).toEqual({
      data: { id: 'c-3', documentId: 'c-3', title: '噪音', unit: { id: 9, documentId: 'u-9' } },
    });
  });

  it('sends populate and fields from meta', async () => {
    const { provider, calls } = setup([json({ data: { documentId: 'c-3' } })]);
    await provider.getOne({
      resource: 'complaints',
      id: 'c-3',
      meta: { populate: ['unit'], fields: ['title'] },
    });
    expect(calls[0].url).toBe(`${API_URL}/complaints/c-3?populate[0]=unit&fields[0]=title`);
  });

  it('encodes an id that is not url-safe', async () => {
    const { provider, calls } = setup([json({ data: { documentId: 'a/b' } })]);
    await provider.getOne({ resource: 'keys', id: 'a/b' });
    expect(calls[0].url).toBe(`${API_URL}/keys/a%2Fb`);
  });

  it('rejects with the 404 Strapi answers for an unknown record', async () => {
    const { provider } = setup([
      json({ data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } }, 404),
    ]);
    await expect(provider.getOne({ resource: 'keys', id: 'nope' })).rejects.toEqual({
      statusCode: 404,
      message: 'Not Found',
    });
  });

  it('rejects an answer without a data envelope as an unexpected response', async () => {
    const { provider } = setup([json({ documentId: 'c-3' })], { getLocale: () => 'en' });
    await expect(provider.getOne({ resource: 'keys', id: 'c-3' })).rejects.toEqual({
      statusCode: 502,
      message: 'The server sent an unexpected response.',
    });
  });
});
