import { DEFAULT_DEMO_PASSWORD } from '../../../src/seed/users';
import { anonymous } from '../../helpers/api';

/**
 * Strapi's admin UI is off here (SERVE_ADMIN_PANEL unset), so its admin API is closed: every
 * route Strapi and its plugins mount for the admin answers 404 — nobody signs in there, nobody
 * registers the first admin, nobody edits data through the content manager.
 */
describe("Strapi's admin API with its UI off", () => {
  it('refuses the super-admin login with the demo password: there is no admin login at all', async () => {
    const res = await anonymous().post('/admin/login').send({ email: 'admin@wuyedesk.local', password: DEFAULT_DEMO_PASSWORD });
    expect(res.status).toBe(404);
  });

  it('does not offer /admin/register-admin on any database', async () => {
    const res = await anonymous().post('/admin/register-admin').send({
      email: 'intruder@example.com', firstname: 'x', lastname: 'y', password: 'Intruder123!',
    });
    expect(res.status).toBe(404);
  });

  it.each([
    ['GET', '/admin/init'],
    ['GET', '/admin/users/me'],
    ['PUT', '/content-manager/collection-types/api::complaint.complaint/abc'],
    ['PUT', '/content-manager/collection-types/plugin::users-permissions.user/1'],
    ['POST', '/content-manager/collection-types/api::complaint.complaint'],
    ['GET', '/upload/files'],
    ['POST', '/upload'],
    ['GET', '/users-permissions/roles'],
    ['PUT', '/users-permissions/advanced'],
    ['GET', '/i18n/locales'],
    ['POST', '/content-type-builder/content-types'],
    ['POST', '/email/test'],
  ])('answers %s %s with 404', async (method, path) => {
    const req = method === 'GET' ? anonymous().get(path) : method === 'PUT' ? anonymous().put(path).send({}) : anonymous().post(path).send({});
    expect((await req).status).toBe(404);
  });

  it('keeps the REST API and the health check open', async () => {
    const login = await anonymous().post('/api/auth/local').send({ identifier: 'staff', password: DEFAULT_DEMO_PASSWORD });
    expect(login.status).toBe(200);
    expect((await anonymous().get('/_health')).status).toBe(204);
  });

  it('registers no test-only route unless the test config says so (this run: it does)', async () => {
    // The negative side (no WUYEDESK_TEST_ROUTES → 404 by routing) is in super-admin.test.ts.
    expect((await anonymous().get('/api/deadlines/test/outbox?keyPrefix=nothing:')).status).toBe(200);
  });
});
