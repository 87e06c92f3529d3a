import { clockOf, later, minutes, newComplaint, outboxOf, runScheduler } from '../../helpers/deadlines';
import { startInstance } from '../../helpers/instances';

jest.setTimeout(180_000);

interface Fired {
  clockId: number;
  step: string;
  outcome: string;
}

describe('each escalation step fires exactly once', () => {
  it('loses nothing and sends nothing twice when an instance is killed (kill -9) before it commits', async () => {
    const complaint = await newComplaint({ complexity: 'general' });
    const now = later(complaint.receivedAt, minutes(31));
    const instance = startInstance({ runAt: now, hold: true });
    await instance.line('READY');
    instance.go();
    const held = JSON.parse(await instance.line('HOLDING')) as { clockIds: number[]; steps: Fired[] };
    const clock = await clockOf('complaint', complaint.documentId);
    expect(held.steps).toEqual(expect.arrayContaining([expect.objectContaining({ clockId: clock.id, step: 'level-1', outcome: 'notified' })]));
    instance.child.kill('SIGKILL');
    await instance.exited;

    // Nothing the killed instance did survived: this pass fires the same steps, once.
    const fired = (await runScheduler(now)) as unknown as Fired[];
    const key = (f: Fired) => `${f.clockId}:${f.step}:${f.outcome}`;
    expect(fired.map(key)).toEqual(expect.arrayContaining(held.steps.map(key)));
    expect(await runScheduler(now)).toEqual([]);
    const mails = await outboxOf(clock.id);
    expect(mails.map((m) => m.key)).toEqual([`deadline:${clock.id}:level-1:supervisor@wuyedesk.local`]);
  });

  const onPostgres = process.env.WUYEDESK_TEST_DB === 'postgres' ? it : it.skip;
  onPostgres('fires one step once when three instances run the scheduler at the same moment on one PostgreSQL', async () => {
    const complaints = await Promise.all([1, 2, 3, 4, 5].map(() => newComplaint({ complexity: 'general' })));
    const now = later(complaints[4].receivedAt, minutes(31));
    const instances = [startInstance({ runAt: now }), startInstance({ runAt: now })];
    await Promise.all(instances.map((i) => i.line('READY')));
    instances.forEach((i) => i.go());
    const [local, ...remote] = await Promise.all([
      runScheduler(now) as unknown as Promise<Fired[]>,
      ...instances.map(async (i) => JSON.parse(await i.line('FIRED')) as Fired[]),
    ]);
    await Promise.all(instances.map((i) => i.exited));
    const all = [...local, ...remote.flat()];
    const ids = new Set(all.map((f) => `${f.clockId}:${f.step}`));
    expect(ids.size).toBe(all.length);
    for (const complaint of complaints) {
      const clock = await clockOf('complaint', complaint.documentId);
      expect(all.filter((f) => f.clockId === clock.id && f.step === 'level-1')).toHaveLength(1);
      expect((await outboxOf(clock.id)).filter((m) => m.key.includes(':level-1:'))).toHaveLength(1);
    }
  });
});
