import request from 'supertest';
import { DEFAULT_DEMO_PASSWORD } from '../../../src/seed/users';
import { startServerInstance, type ServerInstance } from '../../helpers/server-instance';

/**
 * Two CMS instances on one database, as behind a load balancer, with small limits: 3 attempts
 * per account and 8 per client address in a window long enough not to roll over mid-test.
 */
const LIMITS = { LOGIN_RATE_LIMIT: '3', LOGIN_RATE_LIMIT_PER_ADDRESS: '8', LOGIN_RATE_LIMIT_INTERVAL_MS: '3600000', WUYEDESK_SEED: 'minimal' };

describe('the login limit, per account and per address, across instances', () => {
  let one: ServerInstance;
  let two: ServerInstance;
  const login = (server: ServerInstance, identifier: string, password: string, headers: Record<string, string> = {}) =>
    request(server.url).post('/api/auth/local').set(headers).send({ identifier, password });

  beforeAll(async () => {
    one = await startServerInstance({ env: LIMITS, bootTimeoutMs: 200_000 });
    // The second boots on the first one's database, schema and seed already in place.
    two = await startServerInstance({ env: LIMITS, databaseEnv: one.databaseEnv, bootTimeoutMs: 200_000 });
  }, 420_000);
  afterAll(async () => {
    await two?.stop();
    await one?.stop();
  }, 60_000);

  it('stops guessing at one account after 3 attempts, whichever instance each went to', async () => {
    const statuses = [];
    for (const server of [one, two, one]) statuses.push((await login(server, 'director', 'wrong-guess')).status);
    expect(statuses).toEqual([400, 400, 400]);
    const fourth = await login(two, 'director', DEFAULT_DEMO_PASSWORD);
    expect(fourth.status).toBe(429);
    expect(fourth.body.error.details.code).toBe('LOGIN_RATE_LIMITED');
    expect(fourth.body.error.message).toMatch(/尝试次数过多/);
    expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(0);
    // The same account by its e-mail address is the same account.
    expect((await login(one, 'director@wuyedesk.local', DEFAULT_DEMO_PASSWORD, { 'Accept-Language': 'en' })).body.error.message).toMatch(/Too many attempts/);
  });

  it('lets colleagues behind the same address sign in meanwhile', async () => {
    expect((await login(one, 'staff', DEFAULT_DEMO_PASSWORD)).status).toBe(200);
    expect((await login(two, 'supervisor', DEFAULT_DEMO_PASSWORD)).status).toBe(200);
  });

  it('stops one address after 8 attempts in all, over any accounts and both instances', async () => {
    // 7 attempts so far from this address (5 at director, 2 colleagues): the 8th is the last.
    expect((await login(two, 'dept-head', DEFAULT_DEMO_PASSWORD)).status).toBe(200);
    const ninth = await login(one, 'admin', DEFAULT_DEMO_PASSWORD);
    expect(ninth.status).toBe(429);
    expect(ninth.body.error.details.code).toBe('LOGIN_RATE_LIMITED');
  });
});
