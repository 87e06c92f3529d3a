import request from 'supertest';
import { DEFAULT_DEMO_PASSWORD } from '../../../src/seed/users';
import { startServerInstance, type ServerInstance } from '../../helpers/server-instance';

/**
 * An office that turned Strapi's admin UI on (SERVE_ADMIN_PANEL=true), on a database started
 * without the demo data and without test routes: what production looks like.
 */
describe('Strapi admin UI on, a database started with WUYEDESK_SEED=minimal', () => {
  let server: ServerInstance;
  let adminToken: string;
  let staffToken: string;
  const http = () => request(server.url);

  beforeAll(async () => {
    server = await startServerInstance({ env: { SERVE_ADMIN_PANEL: 'true', WUYEDESK_SEED: 'minimal', WUYEDESK_TEST_ROUTES: 'false' } });
    staffToken = (await http().post('/api/auth/local').send({ identifier: 'staff', password: DEFAULT_DEMO_PASSWORD })).body.jwt;
  }, 420_000);
  afterAll(() => server?.stop(), 60_000);

  it('refuses the super admin the demo password', async () => {
    const res = await http().post('/admin/login').send({ email: 'admin@wuyedesk.local', password: DEFAULT_DEMO_PASSWORD });
    expect(res.status).toBe(400);
  });

  it('prints a generated super-admin password once, and it signs in', async () => {
    const printed = /SUPER_ADMIN_PASSWORD (\S+)/.exec(server.output());
    expect(printed?.[1]).toMatch(/^.{20,}$/);
    expect(server.output().match(/SUPER_ADMIN_PASSWORD/g)).toHaveLength(1);
    const res = await http().post('/admin/login').send({ email: 'admin@wuyedesk.local', password: printed![1] });
    expect(res.status).toBe(200);
    adminToken = res.body.data.token;
  });

  it('has no open /admin/register-admin: the first admin exists before the server listens', async () => {
    const res = await http().post('/admin/register-admin').send({ email: 'x@example.com', firstname: 'x', lastname: 'y', password: 'Intruder123!' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('refuses a content-manager edit of a complaint and writes nothing', async () => {
    const created = await http()
      .post('/api/complaints')
      .set('Authorization', `Bearer ${staffToken}`)
      .send({ data: { channel: 'phone', residentName: '刘洋', residentPhone: '13911112222', description: '楼道灯不亮', address: '3栋2单元' } });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    const base = '/content-manager/collection-types/api::complaint.complaint';
    const put = await http().put(`${base}/${documentId}`).set('Authorization', `Bearer ${adminToken}`).send({ description: '改掉了' });
    const post = await http().post(base).set('Authorization', `Bearer ${adminToken}`).send({ description: '凭空出现' });
    const del = await http().delete(`${base}/${documentId}`).set('Authorization', `Bearer ${adminToken}`);
    expect([put.status, post.status, del.status]).toEqual([403, 403, 403]);
    expect(put.body.error.details.code).toBe('RECORDS_CORE_ONLY');

    const after = await http().get(`/api/complaints/${documentId}`).set('Authorization', `Bearer ${staffToken}`);
    expect(after.body.data.description).toBe('楼道灯不亮');
    const history = await http().get(`/api/complaints/${documentId}/history`).set('Authorization', `Bearer ${staffToken}`);
    expect(history.body.data).toHaveLength(1);
  });

  it('refuses a content-manager edit of an account', async () => {
    const users = await http().get('/api/records/users?filters[username][$eq]=staff').set('Authorization', `Bearer ${staffToken}`);
    const { documentId } = users.body.data[0];
    const put = await http()
      .put(`/content-manager/collection-types/plugin::users-permissions.user/${documentId}`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ blocked: true, password: 'Taken0ver!' });
    expect(put.status).toBe(403);
    const login = await http().post('/api/auth/local').send({ identifier: 'staff', password: DEFAULT_DEMO_PASSWORD });
    expect(login.status).toBe(200);
  });

  it.each([
    ['POST', '/api/records/test/alter-step'],
    ['POST', '/api/records/test/side-doors'],
    ['POST', '/api/records/test/account'],
    ['POST', '/api/deadlines/test/run-once'],
    ['POST', '/api/deadlines/test/drain'],
    ['POST', '/api/deadlines/test/send-mail'],
    ['GET', '/api/deadlines/test/clocks'],
    ['GET', '/api/deadlines/test/outbox'],
    ['POST', '/api/custody/test/schedule-counts'],
    ['POST', '/api/exports/test/monthly-report'],
  ])('has no test-only route %s %s without the test config', async (method, path) => {
    // Absent from the router: 404, or 405 where only a GET route of the same shape matches the path.
    const res = method === 'GET' ? await http().get(path) : await http().post(path).send({});
    expect([404, 405]).toContain(res.status);
    expect(res.body?.data ?? null).toBeNull();
  });
});
