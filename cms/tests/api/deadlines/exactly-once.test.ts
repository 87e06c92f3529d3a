import { anonymous } from '../../helpers/api';
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
});

describe('a timer tick drains a backlog in short passes', () => {
  it('runs passes back to back while each claims a full batch, firing every due step once', async () => {
    const complaints = await Promise.all([1, 2, 3].map(() => newComplaint({ complexity: 'general' })));
    const latest = Math.max(...complaints.map((c) => new Date(String(c.dueAt)).getTime()));
    const res = await anonymous().post('/api/deadlines/test/drain').send({ now: new Date(latest + 121 * 60_000).toISOString(), limit: 1 });
    expect(res.status).toBe(200);
    const ours = (res.body.data.fired as Array<{ recordId: string; clock: string; step: string }>).filter(
      (f) => f.clock === 'handling' && complaints.some((c) => c.documentId === f.recordId),
    );
    // Each complaint's handling clock: the warning (stale, skipped), the supervisor, the director.
    expect(ours).toHaveLength(9);
    expect(new Set(ours.map((f) => `${f.recordId}:${f.step}`)).size).toBe(9);
    expect(res.body.data.passes).toBeGreaterThan(3);
    const again = await anonymous().post('/api/deadlines/test/drain').send({ now: new Date(latest + 122 * 60_000).toISOString(), limit: 1 });
    expect(again.body.data.fired.filter((f: { recordId: string }) => complaints.some((c) => c.documentId === f.recordId))).toEqual([]);
  });
});
