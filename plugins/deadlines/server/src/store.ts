import type { Knex } from 'knex';
import type { Pause } from './engine';
import type { ClockStateName } from './rules/plan';
import type { PlannedStep } from './rules/types';

export const CLOCKS_TABLE = 'wd_deadline_clocks';
export const FIRED_TABLE = 'wd_deadline_fired_steps';
/** The scheduler's only query runs on this index: cost follows the due clocks, not the register. */
export const DUE_INDEX = 'wd_deadline_clocks_state_next_step_at_idx';
/** The overdue list walks this one: running clocks by due time. */
export const OVERDUE_INDEX = 'wd_deadline_clocks_state_due_at_idx';

/** Times are epoch milliseconds (bigint): one representation on SQLite and PostgreSQL alike. */
export interface ClockRow {
  id: number;
  register: string;
  recordId: string;
  clock: string;
  policyId: number;
  isMain: boolean;
  urgent: boolean;
  state: ClockStateName | 'dropped';
  startedAt: Date | null;
  dueAt: Date | null;
  stoppedAt: Date | null;
  pauses: Pause[];
  plan: PlannedStep[];
  nextStep: string | null;
  nextStepAt: Date | null;
}

type Raw = Record<string, unknown>;

const ms = (value: unknown): Date | null => (value == null ? null : new Date(Number(value)));
const num = (date: Date | null): number | null => (date ? date.getTime() : null);

const fromRaw = (r: Raw): ClockRow => ({
  id: Number(r.id),
  register: String(r.register),
  recordId: String(r.record_id),
  clock: String(r.clock),
  policyId: Number(r.policy_id),
  isMain: Boolean(r.is_main),
  urgent: Boolean(r.urgent),
  state: r.state as ClockRow['state'],
  startedAt: ms(r.started_at),
  dueAt: ms(r.due_at),
  stoppedAt: ms(r.stopped_at),
  pauses: (JSON.parse(String(r.pauses ?? '[]')) as Array<{ from: string; to: string | null }>).map((p) => ({ from: new Date(p.from), to: p.to ? new Date(p.to) : null })),
  plan: JSON.parse(String(r.plan ?? '[]')) as PlannedStep[],
  nextStep: (r.next_step as string | null) ?? null,
  nextStepAt: ms(r.next_step_at),
});

const toRaw = (c: Omit<ClockRow, 'id'>, now: Date) => ({
  register: c.register,
  record_id: c.recordId,
  clock: c.clock,
  policy_id: c.policyId,
  is_main: c.isMain,
  urgent: c.urgent,
  state: c.state,
  started_at: num(c.startedAt),
  due_at: num(c.dueAt),
  stopped_at: num(c.stoppedAt),
  pauses: JSON.stringify(c.pauses),
  plan: JSON.stringify(c.plan),
  next_step: c.nextStep,
  next_step_at: num(c.nextStepAt),
  updated_at: now.getTime(),
});

export const isPostgres = (knex: Knex) => /^(pg|postgres)/.test(String(knex.client.config.client));

const on = <T extends Knex.QueryBuilder | Knex.Raw>(query: T, trx?: Knex.Transaction): T => (trx ? (query.transacting(trx) as T) : query);

/**
 * The clocks of records (one row per record and clock) and the steps already fired. Plain knex,
 * so the benchmark can drive the same queries without booting Strapi. The tables and indexes
 * are made by this plugin's migrations (migrations/).
 */
export const clockStore = (knex: Knex) => ({
  async forRecord({ register, recordId }: { register: string; recordId: string }, trx?: Knex.Transaction): Promise<ClockRow[]> {
    const rows = (await on(knex(CLOCKS_TABLE).where({ register, record_id: recordId }).orderBy('id'), trx)) as Raw[];
    return rows.map(fromRaw);
  },

  async firedSteps(clockId: number, trx?: Knex.Transaction): Promise<Set<string>> {
    const rows = (await on(knex(FIRED_TABLE).where({ clock_id: clockId }).select('step'), trx)) as Array<{ step: string }>;
    return new Set(rows.map((r) => r.step));
  },

  async save(clock: Omit<ClockRow, 'id'>, now: Date, trx?: Knex.Transaction): Promise<number> {
    const raw = toRaw(clock, now);
    const rows = (await on(
      knex(CLOCKS_TABLE).insert(raw).onConflict(['register', 'record_id', 'clock']).merge().returning('id'),
      trx,
    )) as Array<{ id: number } | number>;
    const first = rows[0];
    return Number(typeof first === 'object' ? first.id : first);
  },

  /**
   * The next due clock, locked for this transaction: PostgreSQL skips rows another instance is
   * working on; SQLite has a single writer, so the claim is already exclusive. Index-only walk
   * on (state, next_step_at).
   */
  async claimDue({ now, exclude = [], limit = 1 }: { now: Date; exclude?: number[]; limit?: number }, trx?: Knex.Transaction): Promise<ClockRow[]> {
    const query = knex(CLOCKS_TABLE)
      .where('state', 'running')
      .andWhere('next_step_at', '<=', now.getTime())
      .orderBy('next_step_at')
      .limit(limit);
    if (exclude.length) query.whereNotIn('id', exclude);
    if (isPostgres(knex)) query.forUpdate().skipLocked();
    return ((await on(query, trx)) as Raw[]).map(fromRaw);
  },

  /**
   * Running clocks past their due time, most overdue first (index on (state, due_at)).
   * `main`: only the clock that sets the record's dueAt (the handling clock).
   */
  async overdue({ now, registers, main = true }: { now: Date; registers?: string[]; main?: boolean }, trx?: Knex.Transaction): Promise<ClockRow[]> {
    const query = knex(CLOCKS_TABLE).where('state', 'running').andWhere('due_at', '<', now.getTime()).orderBy('due_at');
    if (main) query.andWhere('is_main', true);
    if (registers) query.whereIn('register', registers);
    return ((await on(query, trx)) as Raw[]).map(fromRaw);
  },

  /** Claims one step of one clock; false when it was fired before (by any instance, ever). */
  async claimStep({ clockId, step, outcome, now }: { clockId: number; step: string; outcome: 'notified' | 'skipped'; now: Date }, trx?: Knex.Transaction): Promise<boolean> {
    const rows = (await on(
      knex(FIRED_TABLE).insert({ clock_id: clockId, step, outcome, fired_at: now.getTime() }).onConflict(['clock_id', 'step']).ignore().returning('id'),
      trx,
    )) as unknown[];
    return rows.length > 0;
  },

  /**
   * Claims many steps in one statement; returns the `clockId:step` pairs this transaction won
   * (a pair fired before, by any instance, is left out). The set-based twin of claimStep.
   */
  async claimSteps(
    steps: Array<{ clockId: number; step: string; outcome: 'notified' | 'skipped' }>,
    now: Date,
    trx?: Knex.Transaction,
  ): Promise<Set<string>> {
    if (!steps.length) return new Set();
    const rows = (await on(
      knex(FIRED_TABLE)
        .insert(steps.map((s) => ({ clock_id: s.clockId, step: s.step, outcome: s.outcome, fired_at: now.getTime() })))
        .onConflict(['clock_id', 'step'])
        .ignore()
        .returning(['clock_id', 'step']),
      trx,
    )) as Array<{ clock_id: number | string; step: string }>;
    return new Set(rows.map((r) => `${Number(r.clock_id)}:${r.step}`));
  },

  /**
   * Moves many clocks to their next step: one UPDATE for the clocks with nothing left to fire
   * (most of a pass), one CASE-per-id UPDATE for the rest — a pass costs a handful of statements,
   * not two per clock. Casts keep PostgreSQL from guessing the parameters' types.
   */
  async advanceMany(moves: Array<{ id: number; next: PlannedStep | null }>, now: Date, trx?: Knex.Transaction) {
    const done = moves.filter((m) => !m.next).map((m) => m.id);
    const later = moves.filter((m): m is { id: number; next: PlannedStep } => Boolean(m.next));
    if (done.length) {
      await on(knex(CLOCKS_TABLE).whereIn('id', done).update({ next_step: null, next_step_at: null, updated_at: now.getTime() }), trx);
    }
    if (!later.length) return;
    const keyCase = later.map(() => 'when ? then cast(? as varchar(30))').join(' ');
    const atCase = later.map(() => 'when ? then cast(? as bigint)').join(' ');
    await on(
      knex.raw(
        `update ${CLOCKS_TABLE} set next_step = case id ${keyCase} end, next_step_at = case id ${atCase} end, updated_at = ?
         where id in (${later.map(() => '?').join(', ')})`,
        [
          ...later.flatMap((m) => [m.id, m.next.key]),
          ...later.flatMap((m) => [m.id, m.next.at]),
          now.getTime(),
          ...later.map((m) => m.id),
        ],
      ),
      trx,
    );
  },

  async advance({ id, next, state }: { id: number; next: PlannedStep | null; state?: ClockRow['state'] }, now: Date, trx?: Knex.Transaction) {
    await on(
      knex(CLOCKS_TABLE).where({ id }).update({
        next_step: next?.key ?? null,
        next_step_at: next?.at ?? null,
        ...(state ? { state } : {}),
        updated_at: now.getTime(),
      }),
      trx,
    );
  },

  async fired({ clockId }: { clockId: number }, trx?: Knex.Transaction) {
    return (await on(knex(FIRED_TABLE).where({ clock_id: clockId }).orderBy('id'), trx)) as Array<{ step: string; outcome: string; fired_at: string | number }>;
  },
});

export type ClockStore = ReturnType<typeof clockStore>;
