import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { RegisterDescription } from '@wuyedesk/contracts';
import { getService as getRecordsService, type RecordEvent } from '@wuyedesk/plugin-records';
import { choosePolicies } from '../rules/match';
import { isLate, planClock } from '../rules/plan';
import { clockStore, type ClockRow } from '../store';
import { getService } from '../utils/get-service';
import { writeDueAt } from './record-reader';

/** The history step of a moved deadline (an option of the audit log's actions). */
export const DEADLINE_CHANGED = 'deadline-changed';

const fieldError = (field: string, message: string, code: string) =>
  new errors.ValidationError(message, { code, errors: [{ path: [field], message, name: 'ValidationError', code }] });

/** When an event happened: the action's stamp (backdated replays keep their time), else now. */
const eventTime = (event: RecordEvent, now: Date): Date => {
  if (event.type !== 'transitioned') return now;
  const stamp = event.register.workflow?.actions.find((a) => a.name === event.action)?.stampAt;
  const value = stamp ? event.record[stamp] : null;
  const at = value ? new Date(String(value)) : null;
  return at && !Number.isNaN(at.getTime()) ? at : now;
};

const stampOf = (register: RegisterDescription, action: string) => register.workflow?.actions.find((a) => a.name === action)?.stampAt ?? null;

/**
 * Keeps each record's clocks in step with the record. Runs as a records event listener, inside
 * the transaction of the change: a refusal (late close without a reason) rolls the change back,
 * and a clock never disagrees with the record it belongs to.
 */
export const clocks = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => clockStore(strapi.db.connection);
  const inTransaction = <T>(work: (trx: Parameters<Parameters<typeof strapi.db.transaction>[0]>[0]['trx']) => Promise<T>) =>
    strapi.db.transaction(({ trx }) => work(trx));

  /** 延误原因: closing after the handling clock's due time needs a reason (docs/deadlines.md §2.6). */
  const guardLateClose = (event: RecordEvent, main: ClockRow | undefined, at: Date) => {
    if (event.type !== 'transitioned' || event.action !== 'close' || !main) return;
    if (!isLate({ dueAt: main.dueAt, stoppedAt: main.stoppedAt, now: at })) return;
    const reason = event.record.lateReason;
    if (typeof reason === 'string' && reason.trim()) return;
    throw fieldError('lateReason', '已超过处理时限，关闭前请填写延误原因', 'LATE_REASON_REQUIRED');
  };

  /** 特别复杂: an agreed deadline is recorded with whom it was agreed. */
  const guardAgreement = (register: RegisterDescription, record: Record<string, unknown>, agreedField: string | null) => {
    if (!agreedField || !record[agreedField] || !register.fields.some((f) => f.name === 'agreedWith')) return;
    if (typeof record.agreedWith === 'string' && record.agreedWith.trim()) return;
    throw fieldError('agreedWith', '请填写与住户约定时限的约定人', 'AGREED_WITH_REQUIRED');
  };

  return {
    async onEvent(event: RecordEvent, { now = new Date() }: { now?: Date } = {}) {
      const { register, record } = event;
      const policies = await getService(strapi, 'policies').forRegister(register.key);
      if (!policies.length) return;
      const at = eventTime(event, now);
      const status = register.workflow ? String(record[register.workflow.field] ?? '') : '';
      const chosen = choosePolicies({ policies, register: register.key, record });
      const calendar = await getService(strapi, 'calendar').active();

      await inTransaction(async (trx) => {
        const existing = await store().forRecord({ register: register.key, recordId: record.documentId }, trx);
        guardLateClose(event, existing.find((c) => c.isMain && c.state !== 'dropped'), at);
        let mainDueAt: Date | null | undefined;
        for (const [clockName, policy] of chosen) {
          guardAgreement(register, record, policy.agreedField);
          const memory = existing.find((c) => c.clock === clockName);
          const fired = memory ? await store().firedSteps(memory.id, trx) : new Set<string>();
          const plan = planClock({
            policy, record, status, at, fired, calendar,
            startField: register.numberDateField ?? null,
            startStampField: policy.startOn === 'created' ? null : stampOf(register, policy.startOn),
            memory: memory ?? null,
          });
          await store().save({
            register: register.key, recordId: record.documentId, clock: clockName, policyId: policy.id,
            isMain: policy.setsRecordDueAt, urgent: policy.urgent, state: plan.state,
            startedAt: plan.startedAt, dueAt: plan.dueAt, stoppedAt: plan.stoppedAt, pauses: plan.pauses,
            plan: plan.steps, nextStep: plan.next?.key ?? null, nextStepAt: plan.next ? new Date(plan.next.at) : null,
          }, now, trx);
          if (policy.setsRecordDueAt) mainDueAt = plan.dueAt;
        }
        // A clock whose policy no longer applies (the channel was corrected…) stops firing.
        for (const gone of existing.filter((c) => !chosen.has(c.clock) && c.state !== 'dropped')) {
          await store().advance({ id: gone.id, next: null, state: 'dropped' }, now, trx);
        }
        if (mainDueAt === undefined || !register.fields.some((f) => f.name === 'dueAt')) return;
        const dueAt = mainDueAt ? mainDueAt.toISOString() : null;
        const current = record.dueAt ? new Date(String(record.dueAt)).toISOString() : null;
        if (current === dueAt) return;
        await writeDueAt(strapi, register, record, dueAt);
        // The records service answers the request with this same object: let it show the new dueAt.
        (record as Record<string, unknown>).dueAt = dueAt;
        // A deadline that moves without a change of state (调整时限, 约定时限, an edit before dispatch)
        // is a step of its own in the history; pauses and resumptions explain themselves.
        const keepsState = event.type === 'updated' || (event.type === 'transitioned' && event.from === event.to);
        if (keepsState) {
          await getRecordsService(strapi, 'history').write({
            register, record, action: DEADLINE_CHANGED, from: status || null, to: status || null, actor: event.actor,
            changes: { dueAt: { from: current, to: dueAt } }, at: now,
          });
        }
      });
    },

    forRecord: (input: { register: string; recordId: string }) => store().forRecord(input),
    fired: (input: { clockId: number }) => store().fired(input),
  };
};
