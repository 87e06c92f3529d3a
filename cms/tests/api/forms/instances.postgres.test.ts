import { spawn } from 'child_process';
import path from 'path';
import request from 'supertest';
import { DEFAULT_DEMO_PASSWORD } from '../../../src/seed/users';
import { as } from '../../helpers/api';
import { publish, renovationForm } from '../../helpers/forms';

/** A second CMS process on the same PostgreSQL database, as behind a load balancer. */
const startServer = () => {
  const child = spawn(process.execPath, [path.join(__dirname, '..', '..', 'helpers', 'server-child.js')], {
    cwd: path.resolve(__dirname, '..', '..', '..'),
    env: process.env,
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /LISTENING (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`second instance exited (${code}): ${stderr.slice(-2000)}`)));
  });
  return { child, url };
};

describe('form types across instances (PostgreSQL)', () => {
  const server = startServer();
  let other: string;
  const otherAs = async (user: 'staff' | 'admin') => {
    const login = await request(other).post('/api/auth/local').send({ identifier: user, password: DEFAULT_DEMO_PASSWORD });
    return login.body.jwt as string;
  };

  beforeAll(async () => {
    other = await server.url;
  }, 60_000);
  afterAll(() => {
    server.child.kill('SIGKILL');
  });

  it('serves a form published on one instance from the other at once, and the other way round', async () => {
    // The second instance has answered (and cached) the register list before the form exists.
    const staffToken = await otherAs('staff');
    const before = await request(other).get('/api/records/registers').set('Authorization', `Bearer ${staffToken}`);
    expect(before.body.data.map((r: { key: string }) => r.key)).not.toContain('move-in');

    const definition = { ...renovationForm('move-in', 'RZ'), name: { 'zh-CN': '入住手续', en: 'Move-in' } };
    expect((await publish(definition)).status).toBe(201);

    const after = await request(other).get('/api/records/registers').set('Authorization', `Bearer ${staffToken}`);
    expect(after.body.data.find((r: { key: string }) => r.key === 'move-in')).toMatchObject({ formVersion: 1 });
    const unit = (await as('admin').get('/api/units?pagination[pageSize]=1')).body.data[0].documentId;
    const filled = await request(other)
      .post('/api/forms/entries/move-in')
      .set('Authorization', `Bearer ${staffToken}`)
      .send({ data: { f_unit: unit, f_owner: '赵敏', f_deposit: 500, f_kind: 'light' } });
    expect(filled.status).toBe(201);
    expect(filled.body.data.number).toMatch(/^RZ-/);

    // Version 2 published on the second instance renames the deposit; the first serves it next.
    const renamed = { ...definition, fields: definition.fields.map((f) => (f.name === 'f_deposit' ? { ...f, label: { 'zh-CN': '保证金', en: 'Bond' } } : f)) };
    const published = await request(other).post('/api/forms/types').set('Authorization', `Bearer ${await otherAs('admin')}`).send({ data: renamed });
    expect(published.body.data).toEqual({ key: 'move-in', version: 2 });
    const here = await as('staff').get('/api/records/registers');
    const register = here.body.data.find((r: { key: string }) => r.key === 'move-in');
    expect(register.formVersion).toBe(2);
    expect(register.fields.find((f: { name: string }) => f.name === 'f_deposit').label['zh-CN']).toBe('保证金');
    const listed = await as('staff').get('/api/forms/entries/move-in?filters[f_deposit][$eq]=500');
    expect(listed.body.data.map((e: { number: string }) => e.number)).toEqual([filled.body.data.number]);
  }, 60_000);
});
