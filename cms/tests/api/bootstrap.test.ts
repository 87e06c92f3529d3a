import { anonymous } from '../helpers/api';

describe('a fresh installation', () => {
  it('is never open to /admin/register-admin (the admin API is closed; with it on, the first admin exists before the server listens)', async () => {
    const res = await anonymous().post('/admin/register-admin').send({
      email: 'intruder@example.com', firstname: 'x', lastname: 'y', password: 'Intruder123!',
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
  });

  it('does not let anyone register an account themselves', async () => {
    const res = await anonymous().post('/api/auth/local/register').send({ username: 'mallory', email: 'm@example.com', password: 'Mallory123!' });
    expect(res.status).toBeGreaterThanOrEqual(400);
  });

  it.each(['staff', 'dept-head', 'supervisor', 'director', 'admin'])('lets the demo user %s log in with the printed password', async (username) => {
    const res = await anonymous().post('/api/auth/local').send({ identifier: username, password: 'Demo1234!' });
    expect(res.status).toBe(200);
    expect(res.body.jwt).toBeTruthy();
  });
});
