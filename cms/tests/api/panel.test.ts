import { anonymous } from '../helpers/api';

describe('one address for the panel and the API', () => {
  it('answers a client-side route of the panel with its page', async () => {
    const res = await anonymous().get('/complaints/show/abc').set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/html/);
    expect(res.text).toContain('<div id="root">');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('leaves /api to Strapi', async () => {
    const res = await anonymous().get('/api/no-such-register');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/json/);
  });

  it('answers a missing asset with 404, not the page', async () => {
    expect((await anonymous().get('/assets/missing-0000.js')).status).toBe(404);
  });
});
