import request from 'supertest';
import { DEFAULT_DEMO_PASSWORD } from '../../src/seed/users';

export type DemoUser = 'staff' | 'dept-head' | 'supervisor' | 'director' | 'admin';

const baseUrl = () => {
  const url = process.env.WUYEDESK_TEST_URL;
  if (!url) throw new Error('WUYEDESK_TEST_URL is not set: run the tests through jest.config.cjs (globalSetup boots Strapi)');
  return url;
};

const tokens = new Map<DemoUser, string>();

export const login = async (user: DemoUser): Promise<string> => {
  const cached = tokens.get(user);
  if (cached) return cached;
  const res = await request(baseUrl()).post('/api/auth/local').send({ identifier: user, password: DEFAULT_DEMO_PASSWORD });
  if (res.status !== 200) throw new Error(`Login as ${user} failed: ${res.status} ${JSON.stringify(res.body)}`);
  tokens.set(user, res.body.jwt);
  return res.body.jwt;
};

/** An HTTP client signed in as one of the demo users, as the panel would be. */
export const as = (user: DemoUser, headers: Record<string, string> = {}) => {
  // A supertest request runs when awaited, so the token is fetched before the request is built.
  const send = async (method: 'get' | 'post' | 'put' | 'delete', url: string, body?: object) => {
    const token = await login(user);
    const req = request(baseUrl())[method](url).set({ ...headers, Authorization: `Bearer ${token}` });
    return body === undefined ? req : req.send(body);
  };
  return {
    get: (url: string) => send('get', url),
    post: (url: string, body?: object) => send('post', url, body ?? {}),
    put: (url: string, body?: object) => send('put', url, body ?? {}),
    delete: (url: string) => send('delete', url),
  };
};

export const anonymous = () => request(baseUrl());

/** The first document of a reference register (minimal seed data). */
export const firstOf = async (plural: string, filters = '') => {
  const res = await as('admin').get(`/api/${plural}?pagination[pageSize]=1&sort=id:asc${filters}`);
  if (res.status !== 200 || !res.body.data?.[0]) throw new Error(`No ${plural}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data[0] as { documentId: string } & Record<string, unknown>;
};

export const departmentByCode = (code: string) => firstOf('departments', `&filters[code][$eq]=${code}`);
