import { createDataProvider } from '../provider';
import { API_URL, json, page, setup, withSignal } from './fake-fetch';

describe('request headers', () => {
  it('sends the bearer token, the UI language and JSON accept on a read', async () => {
    const { provider, calls } = setup([page([])]);
    await provider.getList({ resource: 'keys' });
    expect(calls[0].headers).toEqual({
      accept: 'application/json',
      'accept-language': 'zh-CN',
      authorization: 'Bearer jwt-1',
    });
  });

  it('sends the English language tag when the UI is in English', async () => {
    const { provider, calls } = setup([page([])], { getLocale: () => 'en' });
    await provider.getList({ resource: 'keys' });
    expect(calls[0].headers['accept-language']).toBe('en');
  });

  it('sends no authorization when signed out', async () => {
    const { provider, calls } = setup([page([])], { getToken: () => null });
    await provider.getList({ resource: 'keys' });
    expect(calls[0].headers.authorization).toBeUndefined();
  });

  it('sends no authorization for an empty token', async () => {
    const { provider, calls } = setup([page([])], { getToken: () => '' });
    await provider.getList({ resource: 'keys' });
    expect(calls[0].headers.authorization).toBeUndefined();
  });

  it('reads the token at each request, so a fresh sign-in is used at once', async () => {
    let token: string | null = null;
    const { provider, calls } = setup([page([]), page([])], { getToken: () => token });
    await provider.getList({ resource: 'keys' });
    token = 'jwt-2';
    await provider.getList({ resource: 'keys' });
    expect(calls.map((call) => call.headers.authorization)).toEqual([undefined, 'Bearer jwt-2']);
  });

  it('lets meta headers replace a default header whatever their case', async () => {
    const { provider, calls } = setup([page([])]);
    await provider.getList({ resource: 'keys', meta: { headers: { Authorization: 'Bearer other' } } });
    expect(calls[0].headers.authorization).toBe('Bearer other');
  });

  it('sends numeric meta headers as strings and drops other non-string ones', async () => {
    const { provider, calls } = setup([page([])]);
    await provider.getList({ resource: 'keys', meta: { headers: { 'X-Page': 2, 'X-Bad': { a: 1 } } } });
    expect({ page: calls[0].headers['x-page'], bad: calls[0].headers['x-bad'] }).toEqual({
      page: '2',
      bad: undefined,
    });
  });

  it('sends no content type on a request without a body', async () => {
    const { provider, calls } = setup([page([])]);
    await provider.getList({ resource: 'keys' });
    expect(calls[0].headers['content-type']).toBeUndefined();
  });
});

describe('urls', () => {
  it('returns apiUrl from getApiUrl', () => {
    const { provider } = setup([]);
    expect(provider.getApiUrl()).toBe(API_URL);
  });

  it('drops trailing slashes from apiUrl', async () => {
    const { provider, calls } = setup([json({ data: {} })], { apiUrl: `${API_URL}//` });
    await provider.getOne({ resource: 'keys', id: 'k-1' });
    expect({ apiUrl: provider.getApiUrl(), url: calls[0].url }).toEqual({
      apiUrl: API_URL,
      url: `${API_URL}/keys/k-1`,
    });
  });

  it('works with a relative apiUrl behind a dev proxy', async () => {
    const { provider, calls } = setup([json({ data: {} })], { apiUrl: '/api' });
    await provider.getOne({ resource: 'keys', id: 'k-1' });
    expect(calls[0].url).toBe('/api/keys/k-1');
  });
});

describe('fetch', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('uses the global fetch, looked up at call time, when none is injected', async () => {
    const provider = createDataProvider({ apiUrl: API_URL, getToken: () => null, getLocale: () => 'en' });
    const globalFetch = jest.fn(async () => json({ data: { documentId: 'k-1' } }));
    globalThis.fetch = globalFetch;
    await provider.getOne({ resource: 'keys', id: 'k-1' });
    expect(globalFetch).toHaveBeenCalledWith(`${API_URL}/keys/k-1`, expect.objectContaining({ method: 'GET' }));
  });

  it('rethrows the abort of a cancelled query instead of reporting a network error', async () => {
    const controller = new AbortController();
    controller.abort();
    const abort = new DOMException('aborted', 'AbortError');
    const { provider } = setup([abort]);
    await expect(
      provider.getList({ resource: 'keys', meta: withSignal(controller.signal) }),
    ).rejects.toBe(abort);
  });
});
