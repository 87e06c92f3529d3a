import knexFactory, { type Knex } from 'knex';
import { CLOCKS_TABLE, clockStore } from '../store';
import { DEADLINES_TABLES } from '../migrations';
import type { PlannedStep } from '../rules/types';

const NOW = new Date('2026-11-24T02:00:00Z');
const step = (key: string, at: number): PlannedStep => ({ key, at, kind: 'escalation', level: Number(key.slice(-1)), notify: 'supervisor' });

const clock = (recordId: string) => ({
  register: 'complaint', recordId, clock: 'handling', policyId: 1, isMain: true, urgent: false, state: 'running' as const,
  startedAt: NOW, dueAt: NOW, stoppedAt: null, pauses: [], plan: [step('level-1', NOW.getTime()), step('level-2', NOW.getTime() + 60_000)],
  nextStep: 'level-1', nextStepAt: NOW,
});

/** The set-based statements of a scheduler pass, on a real (in-memory) SQLite. */
describe('clock store: claiming and moving many clocks at once', () => {
  let knex: Knex;
  const store = () => clockStore(knex);

  beforeEach(async () => {
    knex = knexFactory({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
    for (const migration of DEADLINES_TABLES) await migration.up({ knex });
  });
  afterEach(() => knex.destroy());

  it('claims each step once: a second claim of the same steps wins nothing, new steps are won', async () => {
    const a = await store().save(clock('a'), NOW);
    const b = await store().save(clock('b'), NOW);
    const first = await store().claimSteps([{ clockId: a, step: 'level-1', outcome: 'notified' }, { clockId: b, step: 'level-1', outcome: 'skipped' }], NOW);
    expect([...first].sort()).toEqual([`${a}:level-1`, `${b}:level-1`]);
    const second = await store().claimSteps([{ clockId: a, step: 'level-1', outcome: 'notified' }, { clockId: a, step: 'level-2', outcome: 'notified' }], NOW);
    expect([...second]).toEqual([`${a}:level-2`]);
    expect((await store().fired({ clockId: b })).map((r) => [r.step, r.outcome])).toEqual([['level-1', 'skipped']]);
  });

  it('moves clocks to their own next step, or to nothing, in one go, and leaves other clocks alone', async () => {
    const a = await store().save(clock('a'), NOW);
    const b = await store().save(clock('b'), NOW);
    const untouched = await store().save(clock('c'), NOW);
    const later = new Date(NOW.getTime() + 5_000);
    await store().advanceMany([{ id: a, next: step('level-2', NOW.getTime() + 60_000) }, { id: b, next: null }], later);
    const rows = (await knex(CLOCKS_TABLE).orderBy('id').select('id', 'next_step', 'next_step_at', 'updated_at')) as Array<Record<string, unknown>>;
    expect(rows.map((r) => [r.id, r.next_step, r.next_step_at == null ? null : Number(r.next_step_at), Number(r.updated_at)])).toEqual([
      [a, 'level-2', NOW.getTime() + 60_000, later.getTime()],
      [b, null, null, later.getTime()],
      [untouched, 'level-1', NOW.getTime(), NOW.getTime()],
    ]);
  });

  it('finds a moved clock due again only when its next step is due', async () => {
    const a = await store().save(clock('a'), NOW);
    await store().advanceMany([{ id: a, next: step('level-2', NOW.getTime() + 60_000) }], NOW);
    expect(await store().claimDue({ now: NOW, limit: 10 })).toEqual([]);
    expect((await store().claimDue({ now: new Date(NOW.getTime() + 60_000), limit: 10 })).map((c) => c.nextStep)).toEqual(['level-2']);
  });
});
