import { API_URL, json, setup } from './fake-fetch';

const saved = { id: 11, documentId: 'c-11', title: '漏水', createdAt: '2024-01-01T00:00:00.000Z' };

describe('create', () => {
  it('posts the values wrapped in data', async () => {
    const { provider, calls } = setup([json({ data: saved })]);
    await provider.create({ resource: 'complaints', variables: { title: '漏水' } });
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: `${API_URL}/complaints`,
      body: { data: { title: '漏水' } },
    });
  });

  it('returns the saved record, not the envelope, with id set to its documentId', async () => {
    const { provider } = setup([json({ data: saved, meta: {} })]);
    const result = await provider.create({ resource: 'complaints', variables: { title: '漏水' } });
    expect(result).toEqual({ data: { ...saved, id: 'c-11' } });
  });

  it('strips system keys and flattens relations before posting', async () => {
    const { provider, calls } = setup([json({ data: saved })]);
    await provider.create({
      resource: 'complaints',
      variables: {
        id: 'c-1',
        documentId: 'c-1',
        createdAt: 'x',
        publishedAt: 'x',
        title: '漏水',
        unit: { id: 'u-9', documentId: 'u-9' },
      },
    });
    expect(calls[0].body).toEqual({ data: { title: '漏水', unit: 'u-9' } });
  });

  it('sends the media fields named in meta as numeric ids', async () => {
    const { provider, calls } = setup([json({ data: saved })]);
    await provider.create({
      resource: 'repair-orders',
      variables: { photos: [{ id: 4, documentId: 'f-4' }] },
      meta: { mediaFields: ['photos'] },
    });
    expect(calls[0].body).toEqual({ data: { photos: [4] } });
  });

  it('sends populate from meta so the answer comes populated', async () => {
    const { provider, calls } = setup([json({ data: saved })]);
    await provider.create({ resource: 'complaints', variables: {}, meta: { populate: ['unit'] } });
    expect(calls[0].url).toBe(`${API_URL}/complaints?populate[0]=unit`);
  });

  it('sends the body as JSON', async () => {
    const { provider, calls } = setup([json({ data: saved })]);
    await provider.create({ resource: 'complaints', variables: { title: 't' } });
    expect(calls[0].headers['content-type']).toBe('application/json');
  });
});

describe('update', () => {
  it('puts the values wrapped in data to the record url', async () => {
    const { provider, calls } = setup([json({ data: saved })]);
    await provider.update({ resource: 'complaints', id: 'c-11', variables: { title: '已修复' } });
    expect(calls[0]).toMatchObject({
      method: 'PUT',
      url: `${API_URL}/complaints/c-11`,
      body: { data: { title: '已修复' } },
    });
  });

  it('returns the saved record with id set to its documentId', async () => {
    const { provider } = setup([json({ data: saved })]);
    const result = await provider.update({ resource: 'complaints', id: 'c-11', variables: {} });
    expect(result).toEqual({ data: { ...saved, id: 'c-11' } });
  });

  it('does not send back the id, documentId and timestamps of an edited record', async () => {
    const { provider, calls } = setup([json({ data: saved })]);
    await provider.update({
      resource: 'complaints',
      id: 'c-11',
      variables: { ...saved, id: 'c-11', updatedAt: 'x', locale: 'zh', createdBy: 1, updatedBy: 1, localizations: [] },
    });
    expect(calls[0].body).toEqual({ data: { title: '漏水' } });
  });
});

describe('createMany', () => {
  it('posts each record in turn', async () => {
    const { provider, calls } = setup([json({ data: { documentId: 'a' } }), json({ data: { documentId: 'b' } })]);
    await provider.createMany({ resource: 'keys', variables: [{ code: 'A' }, { code: 'B' }] });
    expect(calls.map(({ method, url, body }) => ({ method, url, body }))).toEqual([
      { method: 'POST', url: `${API_URL}/keys`, body: { data: { code: 'A' } } },
      { method: 'POST', url: `${API_URL}/keys`, body: { data: { code: 'B' } } },
    ]);
  });

  it('returns the saved records in order', async () => {
    const { provider } = setup([json({ data: { documentId: 'a' } }), json({ data: { documentId: 'b' } })]);
    const result = await provider.createMany({ resource: 'keys', variables: [{}, {}] });
    expect(result).toEqual({ data: [{ id: 'a', documentId: 'a' }, { id: 'b', documentId: 'b' }] });
  });

  it('stops at the first failure', async () => {
    const { provider, calls } = setup([json({ error: { message: 'bad' } }, 400), json({ data: {} })]);
    await provider.createMany({ resource: 'keys', variables: [{}, {}] }).catch(() => undefined);
    expect(calls).toHaveLength(1);
  });
});

describe('updateMany', () => {
  it('puts the same values to each record in turn', async () => {
    const { provider, calls } = setup([json({ data: { documentId: 'a' } }), json({ data: { documentId: 'b' } })]);
    await provider.updateMany({ resource: 'keys', ids: ['a', 'b'], variables: { status: 'lost' } });
    expect(calls.map(({ method, url, body }) => ({ method, url, body }))).toEqual([
      { method: 'PUT', url: `${API_URL}/keys/a`, body: { data: { status: 'lost' } } },
      { method: 'PUT', url: `${API_URL}/keys/b`, body: { data: { status: 'lost' } } },
    ]);
  });

  it('returns the saved records in order', async () => {
    const { provider } = setup([json({ data: { documentId: 'a' } }), json({ data: { documentId: 'b' } })]);
    const result = await provider.updateMany({ resource: 'keys', ids: ['a', 'b'], variables: {} });
    expect(result).toEqual({ data: [{ id: 'a', documentId: 'a' }, { id: 'b', documentId: 'b' }] });
  });
});

describe('deleteOne', () => {
  it('refuses with 405 and a message in the UI language', async () => {
    const { provider } = setup([]);
    await expect(provider.deleteOne({ resource: 'complaints', id: 'c-1' })).rejects.toEqual({
      statusCode: 405,
      message: '本系统不删除任何记录。',
    });
  });

  it('refuses in English when the UI is in English', async () => {
    const { provider } = setup([], { getLocale: () => 'en' });
    await expect(provider.deleteOne({ resource: 'complaints', id: 'c-1' })).rejects.toEqual({
      statusCode: 405,
      message: 'Records are never deleted in WuyeDesk.',
    });
  });

  it('never calls the server', async () => {
    const { provider, calls } = setup([]);
    await provider.deleteOne({ resource: 'complaints', id: 'c-1' }).catch(() => undefined);
    expect(calls).toEqual([]);
  });
});

describe('deleteMany', () => {
  it('refuses with 405 and a message in the UI language', async () => {
    const { provider } = setup([]);
    await expect(provider.deleteMany({ resource: 'keys', ids: ['a', 'b'] })).rejects.toEqual({
      statusCode: 405,
      message: '本系统不删除任何记录。',
    });
  });

  it('never calls the server', async () => {
    const { provider, calls } = setup([]);
    await provider.deleteMany({ resource: 'keys', ids: ['a', 'b'] }).catch(() => undefined);
    expect(calls).toEqual([]);
  });
});
