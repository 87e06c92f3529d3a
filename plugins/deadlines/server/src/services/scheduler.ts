import type { Core } from '@strapi/strapi';
import { getService as getRecordsService, type StepInput } from '@wuyedesk/plugin-records';
import { historyNote, stepMail } from '../rules/messages';
import { templateFor } from '../rules/mail-templates';
import type { PlannedStep } from '../rules/types';
import { isRoleKey, type RegisterDescription } from '@wuyedesk/contracts';
import { clockStore, type ClockRow } from '../store';
import { readRecords } from './record-reader';
import { getConfig, getService } from '../utils/get-service';

interface Mail {
  key: string;
  to: string;
  subject: string;
  text: string;
  urgent?: boolean;
  now?: Date;
}

/** The outbox plugin's enqueue, as this plugin uses it (plugins reach each other through services). */
interface Outbox {
  enqueue(input: Mail): Promise<{ queued: boolean }>;
  enqueueMany(inputs: Mail[]): Promise<{ queued: number }>;
}

export interface FiredStep {
  clockId: number;
  register: string;
  recordId: string;
  clock: string;
  step: string;
  outcome: 'notified' | 'skipped';
  recipients: string[];
}

export interface RunOptions {
  now?: Date;
  limit?: number;
  /**
   * Claims every due step as skipped, without mail or history: for a past that is not news
   * (the demo seed replays four months of records; announcing each old deadline helps nobody).
   */
  silent?: boolean;
  /** Test seam: runs after the pass's steps are claimed and queued, before its transaction commits (crash tests). */
  beforeCommit?: (clocks: ClockRow[], fired: FiredStep[]) => Promise<void>;
}

type Trx = Parameters<Parameters<Core.Strapi['db']['transaction']>[0]>[0]['trx'];

type RecordRow = Record<string, unknown> & { documentId: string; number?: string };

/**
 * The relations a notification needs: whom to notify (department, assignee) and what its mail
 * template names (a key and its place, the approver); only those the register has.
 */
const notifyPopulate = (register: RegisterDescription) =>
  Object.fromEntries(
    Object.entries({ department: true, assignee: true, ...templateFor(register.key).populate }).filter(([name]) =>
      register.fields.some((f) => f.name === name && f.type === 'relation'),
    ),
  );

/** The steps of a clock that are due by `now`, and the step it waits for afterwards. */
const dueSteps = (clock: ClockRow, now: Date) => {
  const due: PlannedStep[] = [];
  let index = clock.plan.findIndex((s) => s.key === clock.nextStep);
  while (index >= 0 && index < clock.plan.length && clock.plan[index].at <= now.getTime()) {
    due.push(clock.plan[index]);
    index += 1;
  }
  return { due, next: index >= 0 && index < clock.plan.length ? clock.plan[index] : null };
};

/** A warning reached after the due time would only be noise: claimed as skipped, not sent. */
const isStale = (clock: ClockRow, step: PlannedStep, now: Date) =>
  step.kind === 'warning' && clock.dueAt !== null && now.getTime() >= clock.dueAt.getTime();

/**
 * Escalation. A pass claims a batch of due clocks through the (state, next_step_at) index (PG:
 * FOR UPDATE SKIP LOCKED, so instances take disjoint batches) and, in one transaction, claims
 * their due steps in the fired-steps table (UNIQUE clock+step), queues the mail in the outbox,
 * writes the steps on the records' history and moves the clocks on. Set-based: a handful of
 * statements per pass, whatever the batch size. One commit per pass: a crash before it leaves
 * every step unclaimed for the next pass, the commit makes a second claim impossible — on any
 * instance, after any restart. If a record breaks the batch, the pass falls back to one
 * savepoint per clock, so one broken record is retried alone and does not hold up the rest.
 */
export const scheduler = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => clockStore(strapi.db.connection);
  const outbox = () => strapi.plugin('outbox').service('outbox') as Outbox;
  const linkTo = (register: RegisterDescription, record: RecordRow) =>
    `${getConfig(strapi).publicUrl.replace(/\/$/, '')}/${register.pluralName}/show/${record.documentId}`;

  /** The mail and the history step of one notified step; recipients through the pass's cache. */
  const notification = async (
    { clock, step, register, record, now }: { clock: ClockRow; step: PlannedStep; register: RegisterDescription; record: RecordRow; now: Date },
    recipientsOf: (notify: string, record: RecordRow) => Promise<string[]>,
  ) => {
    const recipients = await recipientsOf(step.notify, record);
    const mail = stepMail({
      clock: clock.clock, step, now, dueAt: clock.dueAt as Date, register, record,
      number: String(record.number ?? record.documentId),
      link: linkTo(register, record),
    });
    // One key per step and recipient: the outbox refuses a second row for it, forever.
    const mails: Mail[] = recipients.map((to) => ({ key: `deadline:${clock.id}:${step.key}:${to}`, to, ...mail, urgent: clock.urgent, now }));
    const status = register.workflow ? String(record[register.workflow.field] ?? '') : null;
    const note = historyNote({ clock: clock.clock, step }) + (recipients.length ? '' : '（未找到收件人邮箱）');
    const history: StepInput = {
      register, record, action: step.kind === 'warning' ? 'deadline-warning' : 'escalate', from: status, to: status, actor: null, note, at: now,
    };
    if (!recipients.length) strapi.log.warn(`[deadlines] ${record.number ?? record.documentId}: nobody to notify for ${step.notify}`);
    return { recipients, mails, history };
  };

  /**
   * Role lookups (everyone with the supervisor's role…) are the same for every clock of a pass:
   * asked once. Every other target depends on the record (its department, assignee, a field).
   */
  const cachedRecipients = () => {
    const roles = new Map<string, Promise<string[]>>();
    const resolver = getService(strapi, 'recipients');
    return (notify: string, record: RecordRow) => {
      if (!isRoleKey(notify)) return resolver.resolve({ notify, record });
      if (!roles.has(notify)) roles.set(notify, resolver.resolve({ notify, record }));
      return roles.get(notify) as Promise<string[]>;
    };
  };

  /** The whole batch in a few statements: records per register, steps, mail, history, clocks. */
  const fireBatch = async (clocks: ClockRow[], now: Date, trx: Trx, silent: boolean): Promise<FiredStep[]> => {
    const registry = getRecordsService(strapi, 'registry');
    const plans = clocks.map((clock) => ({ clock, ...dueSteps(clock, now) }));
    const registers = new Map<string, RegisterDescription | undefined>();
    const records = new Map<string, RecordRow>();
    for (const name of new Set(clocks.map((c) => c.register))) {
      const register = await registry.find(name);
      registers.set(name, register);
      const ids = plans.filter((p) => p.clock.register === name && p.due.length).map((p) => p.clock.recordId);
      if (!register || silent || !ids.length) continue;
      const rows = (await readRecords(strapi, register, ids, { populate: notifyPopulate(register) })) as RecordRow[];
      for (const row of rows) records.set(`${name}:${row.documentId}`, row);
    }

    const outcomes = plans.flatMap(({ clock, due }) =>
      due.map((step) => {
        const register = registers.get(clock.register);
        const record = records.get(`${clock.register}:${clock.recordId}`);
        const notify = !silent && !isStale(clock, step, now) && register && record && clock.dueAt;
        return { clock, step, register, record, outcome: (notify ? 'notified' : 'skipped') as FiredStep['outcome'] };
      }),
    );
    const won = await store().claimSteps(
      outcomes.map((o) => ({ clockId: o.clock.id, step: o.step.key, outcome: o.outcome })),
      now,
      trx,
    );

    const fired: FiredStep[] = [];
    const mails: Mail[] = [];
    const steps: StepInput[] = [];
    const recipientsOf = cachedRecipients();
    for (const { clock, step, register, record, outcome } of outcomes) {
      if (!won.has(`${clock.id}:${step.key}`)) continue;
      const result: FiredStep = { clockId: clock.id, register: clock.register, recordId: clock.recordId, clock: clock.clock, step: step.key, outcome, recipients: [] };
      if (outcome === 'notified' && register && record) {
        const made = await notification({ clock, step, register, record, now }, recipientsOf);
        result.recipients = made.recipients;
        mails.push(...made.mails);
        steps.push(made.history);
      }
      fired.push(result);
    }
    await outbox().enqueueMany(mails);
    await getRecordsService(strapi, 'history').writeMany(steps);
    await store().advanceMany(plans.map(({ clock, next }) => ({ id: clock.id, next })), now, trx);
    return fired;
  };

  /** One clock on its own (the fallback when a batch fails): the same steps, one statement each. */
  const fireClock = async (clock: ClockRow, now: Date, trx: Trx, silent: boolean): Promise<FiredStep[]> => {
    const register = await getRecordsService(strapi, 'registry').find(clock.register);
    const { due, next } = dueSteps(clock, now);
    const record = register && !silent && due.length
      ? (((await readRecords(strapi, register, [clock.recordId], { populate: notifyPopulate(register) }))[0] as RecordRow | undefined) ?? null)
      : null;
    const fired: FiredStep[] = [];
    const recipientsOf = cachedRecipients();
    for (const step of due) {
      const outcome = silent || isStale(clock, step, now) || !register || !record || !clock.dueAt ? 'skipped' : 'notified';
      if (!(await store().claimStep({ clockId: clock.id, step: step.key, outcome, now }, trx))) continue;
      const result: FiredStep = { clockId: clock.id, register: clock.register, recordId: clock.recordId, clock: clock.clock, step: step.key, outcome, recipients: [] };
      if (outcome === 'notified' && register && record) {
        const made = await notification({ clock, step, register, record, now }, recipientsOf);
        result.recipients = made.recipients;
        for (const mail of made.mails) await outbox().enqueue(mail);
        await getRecordsService(strapi, 'history').write(made.history);
      }
      fired.push(result);
    }
    await store().advance({ id: clock.id, next }, now, trx);
    return fired;
  };

  let running: Promise<FiredStep[]> | null = null;

  /** Clocks the last pass claimed: a full batch means more may be due (drain goes on). */
  let lastClaimed = 0;

  const pass = async ({ now = new Date(), limit, beforeCommit, silent = false }: RunOptions): Promise<FiredStep[]> =>
    strapi.db.transaction(async ({ trx }) => {
      const claimed = await store().claimDue({ now, limit: limit ?? getConfig(strapi).batchSize }, trx);
      lastClaimed = claimed.length;
      let fired: FiredStep[] = [];
      try {
        fired = await trx.transaction((savepoint: Trx) => fireBatch(claimed, now, savepoint, silent));
      } catch (error) {
        strapi.log.warn(`[deadlines] a batch of ${claimed.length} clocks failed (${(error as Error).message}); retrying clock by clock`);
        for (const clock of claimed) {
          try {
            fired.push(...(await trx.transaction((savepoint: Trx) => fireClock(clock, now, savepoint, silent))));
          } catch (clockError) {
            strapi.log.error(`[deadlines] escalating clock ${clock.id} failed: ${(clockError as Error).message}`);
          }
        }
      }
      if (beforeCommit) await beforeCommit(claimed, fired);
      return fired;
    });

  return {
    /** Passes until no clock is due by `now`, claiming every step as skipped (see RunOptions.silent). */
    async catchUpSilently({ now = new Date() }: { now?: Date } = {}): Promise<number> {
      let skipped = 0;
      for (;;) {
        const fired = await this.runOnce({ now, silent: true });
        if (!fired.length) return skipped;
        skipped += fired.length;
      }
    },

    /**
     * Passes back to back while each claims a full batch (more is due), for at most `maxMs`: a
     * backlog (after an outage, a holiday) drains within a tick in short transactions.
     */
    async drain({ maxMs = getConfig(strapi).drainMs, now, limit = getConfig(strapi).batchSize }: { maxMs?: number; now?: Date; limit?: number } = {}): Promise<{ passes: number; fired: FiredStep[] }> {
      const started = Date.now();
      const fired: FiredStep[] = [];
      for (let passes = 1; ; passes += 1) {
        fired.push(...(await this.runOnce({ now, limit })));
        if (lastClaimed < limit || Date.now() - started >= maxMs) return { passes, fired };
      }
    },

    /** One pass over the due clocks; overlapping calls in one process run one after the other. */
    async runOnce(options: RunOptions = {}): Promise<FiredStep[]> {
      while (running) await running.catch(() => undefined);
      running = pass(options);
      try {
        return await running;
      } finally {
        running = null;
      }
    },
  };
};

