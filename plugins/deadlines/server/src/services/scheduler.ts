import type { Core, UID } from '@strapi/strapi';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { historyNote, stepMail } from '../rules/messages';
import type { PlannedStep } from '../rules/types';
import { clockStore, type ClockRow } from '../store';
import { getConfig, getService } from '../utils/get-service';

/** The outbox plugin's enqueue, as this plugin uses it (plugins reach each other through services). */
interface Outbox {
  enqueue(input: { key: string; to: string; subject: string; text: string; urgent?: boolean; now?: Date }): Promise<{ queued: boolean }>;
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

/**
 * Escalation. A pass claims a batch of due clocks through the (state, next_step_at) index (PG:
 * FOR UPDATE SKIP LOCKED, so instances take disjoint batches) and, in one transaction with a
 * savepoint per clock, claims each due step in the fired-steps table (UNIQUE clock+step),
 * queues its mail in the outbox, writes it on the record's history and moves the clock to its
 * next step. One commit per pass: a crash before it leaves every step unclaimed for the next
 * pass, the commit makes a second claim impossible — on any instance, after any restart.
 */
export const scheduler = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => clockStore(strapi.db.connection);

  const loadRecord = async (uid: string, documentId: string) =>
    (await strapi.db.query(uid as UID.Schema).findOne({
      where: { documentId },
      populate: { department: true, assignee: true },
    })) as (Record<string, unknown> & { documentId: string; number?: string }) | null;

  const fireStep = async (clock: ClockRow, step: PlannedStep, now: Date, trx: Trx, silent: boolean): Promise<FiredStep | null> => {
    const register = await getRecordsService(strapi, 'registry').find(clock.register);
    const record = register ? await loadRecord(register.uid, clock.recordId) : null;
    // A warning reached after the due time would only be noise: claimed as skipped, not sent.
    const stale = step.kind === 'warning' && clock.dueAt !== null && now.getTime() >= clock.dueAt.getTime();
    const outcome = silent || stale || !register || !record ? 'skipped' : 'notified';
    if (!(await store().claimStep({ clockId: clock.id, step: step.key, outcome, now }, trx))) return null;
    const fired: FiredStep = { clockId: clock.id, register: clock.register, recordId: clock.recordId, clock: clock.clock, step: step.key, outcome, recipients: [] };
    if (outcome === 'skipped' || !register || !record || !clock.dueAt) return fired;

    fired.recipients = await getService(strapi, 'recipients').resolve({ notify: step.notify, record });
    const department = record.department as { name?: string } | null;
    const mail = stepMail({
      clock: clock.clock, step, now, dueAt: clock.dueAt,
      registerLabel: register.label['zh-CN'],
      number: String(record.number ?? record.documentId),
      residentName: String(record.residentName ?? ''),
      departmentName: department?.name ?? null,
      link: `${getConfig(strapi).publicUrl.replace(/\/$/, '')}/${register.pluralName}/show/${record.documentId}`,
    });
    const outbox = strapi.plugin('outbox').service('outbox') as Outbox;
    for (const to of fired.recipients) {
      // One key per step and recipient: the outbox refuses a second row for it, forever.
      await outbox.enqueue({ key: `deadline:${clock.id}:${step.key}:${to}`, to, ...mail, urgent: clock.urgent, now });
    }
    const status = register.workflow ? String(record[register.workflow.field] ?? '') : null;
    const note = historyNote({ clock: clock.clock, step }) + (fired.recipients.length ? '' : '（未找到收件人邮箱）');
    await getRecordsService(strapi, 'history').write({
      register, record, action: step.kind === 'warning' ? 'deadline-warning' : 'escalate', from: status, to: status, actor: null, note, at: now,
    });
    if (!fired.recipients.length) strapi.log.warn(`[deadlines] ${record.number ?? record.documentId}: nobody to notify for ${step.notify}`);
    return fired;
  };

  /** Fires every step of one claimed clock that is due by `now`, then moves it to the next one. */
  const fireClock = async (clock: ClockRow, now: Date, trx: Trx, silent: boolean): Promise<FiredStep[]> => {
    const fired: FiredStep[] = [];
    let index = clock.plan.findIndex((s) => s.key === clock.nextStep);
    while (index >= 0 && index < clock.plan.length && clock.plan[index].at <= now.getTime()) {
      const result = await fireStep(clock, clock.plan[index], now, trx, silent);
      if (result) fired.push(result);
      index += 1;
    }
    await store().advance({ id: clock.id, next: index >= 0 && index < clock.plan.length ? clock.plan[index] : null }, now, trx);
    return fired;
  };

  let running: Promise<FiredStep[]> | null = null;

  const pass = async ({ now = new Date(), limit, beforeCommit, silent = false }: RunOptions): Promise<FiredStep[]> =>
    strapi.db.transaction(async ({ trx }) => {
      const claimed = await store().claimDue({ now, limit: limit ?? getConfig(strapi).batchSize }, trx);
      const fired: FiredStep[] = [];
      for (const clock of claimed) {
        try {
          // A savepoint per clock: one broken record rolls back alone and is retried next pass.
          fired.push(...(await trx.transaction((savepoint: Trx) => fireClock(clock, now, savepoint, silent))));
        } catch (error) {
          strapi.log.error(`[deadlines] escalating clock ${clock.id} failed: ${(error as Error).message}`);
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

