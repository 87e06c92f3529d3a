import { API_URL, json, setup } from './fake-fetch';

/** Form types' entries are served under /api/forms/entries/<key>; their register names that path. */
const resolvePath = (resource: string) => (resource === 'form-renovation' ? 'forms/entries/renovation' : resource);

describe('resources with their own REST path (form types)', () => {
  it('lists a form type’s entries at its apiPath', async () => {
    const { provider, calls } = setup([json({ data: [], meta: { pagination: { total: 0, pageCount: 0 } } })], { resolvePath });
    await provider.getList({ resource: 'form-renovation', pagination: { currentPage: 1, pageSize: 20 } });
    expect(calls[0].url.startsWith(`${API_URL}/forms/entries/renovation?`)).toBe(true);
  });

  it('sends a workflow step and reads one entry under the same path', async () => {
    const { provider, calls } = setup([json({ data: { documentId: 'e-1' } }), json({ data: { documentId: 'e-1' } })], { resolvePath });
    await provider.custom({ url: 'form-renovation/e-1/actions/approve', method: 'post', payload: {} });
    await provider.getOne({ resource: 'form-renovation', id: 'e-1' });
    expect(calls.map((c) => c.url)).toEqual([`${API_URL}/forms/entries/renovation/e-1/actions/approve`, `${API_URL}/forms/entries/renovation/e-1`]);
  });

  it('leaves every other resource where it was', async () => {
    const { provider, calls } = setup([json({ data: { documentId: 'c-5' } })], { resolvePath });
    await provider.getOne({ resource: 'complaints', id: 'c-5' });
    expect(calls[0].url).toBe(`${API_URL}/complaints/c-5`);
  });
});
