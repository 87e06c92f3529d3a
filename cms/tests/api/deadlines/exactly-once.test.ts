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
