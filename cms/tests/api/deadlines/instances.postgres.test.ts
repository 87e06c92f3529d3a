import { clockOf, later, minutes, newComplaint, outboxOf, runScheduler } from '../../helpers/deadlines';
import { startInstance } from '../../helpers/instances';

// Runs in the PostgreSQL pass only (cms/jest.config.cjs): several instances on one SQLite file
// is not a supported set-up — SQLite is the single-machine default.
jest.setTimeout(180_000);

interface Fired {
  clockId: number;
  step: string;
  outcome: string;
}

describe('several CMS instances on one PostgreSQL behave as one', () => {
  it('fires one step once when three instances run the scheduler at the same moment on one PostgreSQL', async () => {
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
