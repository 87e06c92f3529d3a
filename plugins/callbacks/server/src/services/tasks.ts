import type { Core, UID } from '@strapi/strapi';
import {
  conditionHolds,
  isLate,
  CALLBACK_ERROR_CODES,
  CALLBACK_METHOD_OPTIONS,
  CALLBACK_UID,
  callbackRegister,
  complaintRegister,
  isFinalState,
  ROLES,
  shanghaiDay,
  type CallbackRule,
  type RegisterDescription,
} from '@wuyedesk/contracts';
import { addDuration, type WorkingCalendar } from '@wuyedesk/plugin-deadlines';
import {
  ConflictError,
  fieldValidationError,
  ForbiddenError,
  getService as getRecordsService,
  type Actor,
  type RecordEvent,
  type RecordValues,
} from '@wuyedesk/plugin-records';
import { dissatisfiedMail, reopenedDescription } from '../engine/messages';
import { chooseRule } from '../engine/rules';
import { decide, samplingNote, samplingScore } from '../engine/sampling';
import { samplingStore } from '../store';
import { getConfig, getService } from '../utils/get-service';

type Raw = Record<string, unknown>;
type Transitioned = Extract<RecordEvent, { type: 'transitioned' }>;

/** The other plugins' services, as this one uses them (plugins reach each other through services). */
interface Outbox {
  enqueue(input: {
    key: string;
    to: string;
    subject: string;
    text: string;
    urgent?: boolean;
  }): Promise<{ queued: boolean }>;
}
interface Recipients {
  resolve(input: { notify: string; record: Raw }): Promise<string[]>;
}
interface Calendar {
  active(): Promise<WorkingCalendar>;
}

const documentIdOf = (value: unknown): string | null => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'documentId' in value)
    return String((value as { documentId: unknown }).documentId);
  return null;
};

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/** When the action happened: its stamp (backdated replays keep their time), else now. */
const stampTime = (register: RegisterDescription, action: string, record: Raw): Date => {
  const stamp = register.workflow?.actions.find((a) => a.name === action)?.stampAt;
  const at = stamp && record[stamp] ? new Date(String(record[stamp])) : null;
  return at && !Number.isNaN(at.getTime()) ? at : new Date();
};

/** 回访方式 → how the reopened complaint reached the desk. */
const CHANNEL_OF_METHOD: Record<string, string> = {
  visit: 'visit',
  phone: 'phone',
  written: 'letter',
  onsite: 'visit',
  random: 'phone',
};

/**
 * Callback tasks (回访), driven by record events inside the transaction of the change:
 * - a rule's trigger (resolve) samples the record and creates its callback task;
 * - closing a record whose callback is still pending is refused;
 * - recording a callback counts the attempt, reopens a complaint and tells the director when the
 *   resident is dissatisfied, and closes the source record.
 */
export const tasks = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => samplingStore(strapi.db.connection);
  const records = () => getRecordsService(strapi, 'records');
  const history = () => getRecordsService(strapi, 'history');
  const callbacks = () => strapi.db.query(CALLBACK_UID as UID.Schema);

  /** 回访未完成不能关闭: a transition into a final state (other than void) waits for its callbacks. */
  const guardClose = async (event: Transitioned) => {
    if (event.to === 'void' || !isFinalState(event.register, event.to)) return;
    const pending = (await callbacks().findMany({
      where: { sourceRegister: event.register.key, sourceId: event.record.documentId, status: 'pending' },
      select: ['number'],
    })) as Array<{ number: string }>;
    if (!pending.length) return;
    const numbers = pending.map((p) => p.number);
    throw new ConflictError(`该记录需要回访，回访完成后才能关闭（待回访：${numbers.join('、')}）`, {
      code: CALLBACK_ERROR_CODES.pending,
      callbacks: numbers,
    });
  };

  const createTask = async ({
    event,
    rule,
    at,
    selection,
  }: {
    event: Transitioned;
    rule: CallbackRule;
    at: Date;
    selection: string;
  }) => {
    const calendar = await (strapi.plugin('deadlines').service('calendar') as Calendar).active();
    const dueAt = addDuration({ start: at, amount: rule.windowAmount, unit: rule.windowUnit, calendar });
    // Relations come from `before` (loaded with their documentId); resolving does not change them.
    const source: Raw = { ...event.before, ...event.record };
    return records().create({
      register: callbackRegister,
      data: {},
      actor: null,
      at,
      system: {
        triggeredAt: at.toISOString(),
        sourceRegister: event.register.key,
        sourceId: event.record.documentId,
        sourceNumber: String(event.record.number ?? event.record.documentId),
        rule: rule.name,
        ruleId: rule.id,
        residentName: text(source.residentName),
        residentPhone: text(source.residentPhone),
        unit: documentIdOf(event.before.unit),
        address: text(source.address),
        department: documentIdOf(event.before.department),
        callerRole: rule.callerRole,
        dueAt: dueAt.toISOString(),
        selection,
        attempts: 0,
        reached: false,
      },
    });
  };

  /** The trigger happened: sample the record against its rule's rate and create its task. */
  const onTrigger = async (event: Transitioned) => {
    const rules = await getService(strapi, 'rules').forRegister(event.register.key);
    if (!rules.length) return;
    const record: Raw = { ...event.before, ...event.record };
    const rule = chooseRule({
      rules,
      register: event.register.key,
      action: event.action,
      record,
      holds: conditionHolds,
    });
    if (!rule) return;
    const existing = await callbacks().count({
      where: { sourceRegister: event.register.key, sourceId: event.record.documentId },
    });
    if (existing) return;
    const at = stampTime(event.register, event.action, event.record);
    const day = shanghaiDay(at);
    const { samplingSeed: seed, samplingSlack: slack } = getConfig(strapi);
    const number = String(event.record.number ?? event.record.documentId);
    await strapi.db.transaction(async ({ trx }) => {
      const before = await store().countTriggered({ ruleId: rule.id, day }, trx);
      const decision = decide({
        rate: rule.rate,
        score: samplingScore({ seed, register: event.register.key, number }),
        before,
        slack,
      });
      const note = samplingNote({ decision, rate: rule.rate, day, seed });
      let task: RecordValues | null = null;
      if (decision.chosen) {
        await store().countChosen({ ruleId: rule.id, day }, trx);
        task = await createTask({ event, rule, at, selection: note });
      }
      await history().write({
        register: event.register,
        record: event.record,
        action: 'callback-sampling',
        from: event.to,
        to: event.to,
        actor: null,
        note: `回访抽样（${rule.name}）：${note}${task ? `；已生成回访记录 ${String(task.number)}` : ''}`,
        at,
      });
    });
  };

  /** 不满意: a new complaint linked to the first, and the director told by mail. */
  const reopen = async (event: Transitioned, actor: Actor) => {
    const { record, before } = event;
    const sourceRegisterKey = String(before.sourceRegister);
    const sourceLabel =
      (await getRecordsService(strapi, 'registry').find(sourceRegisterKey))?.label['zh-CN'] ?? sourceRegisterKey;
    const sourceNumber = String(before.sourceNumber ?? '');
    const comments = text(record.comments);
    const at = stampTime(event.register, event.action, record);
    const complaint = await records().create({
      register: complaintRegister,
      actor,
      at,
      data: {
        channel: CHANNEL_OF_METHOD[String(record.method)] ?? 'phone',
        kind: 'complaint',
        residentName: text(before.residentName) ?? '住户',
        ...(text(before.residentPhone) ? { residentPhone: before.residentPhone } : {}),
        ...(documentIdOf(before.unit) ? { unit: documentIdOf(before.unit) } : {}),
        ...(text(before.address) ? { address: before.address } : {}),
        ...(!documentIdOf(before.unit) && !text(before.address) ? { address: '（原记录未登记地址）' } : {}),
        description: reopenedDescription({
          sourceLabel,
          sourceNumber,
          callbackNumber: String(record.number),
          comments,
        }),
        ...(sourceRegisterKey === complaintRegister.key ? { reopenedFrom: String(before.sourceId) } : {}),
      },
      system: { fromCallback: record.documentId },
    });

    const publicUrl = (strapi.config.get('plugin::deadlines') as { publicUrl: string }).publicUrl.replace(/\/$/, '');
    const mail = dissatisfiedMail({
      callbackNumber: String(record.number),
      sourceLabel,
      sourceNumber,
      complaintNumber: String(complaint.number),
      residentName: String(before.residentName ?? ''),
      residentPhone: text(before.residentPhone),
      comments,
      suggestions: text(record.suggestions),
      calledBy: actor.name,
      at,
      link: `${publicUrl}/${complaintRegister.pluralName}/show/${complaint.documentId}`,
    });
    // "Reported to the director": whoever holds reports.director (docs/callbacks.md).
    const resolver = strapi.plugin('deadlines').service('recipients') as Recipients;
    const roles = getRecordsService(strapi, 'capabilities').rolesHolding('reports.director');
    const directors = [...new Set((await Promise.all(roles.map((notify) => resolver.resolve({ notify, record: {} })))).flat())].sort();
    const outbox = strapi.plugin('outbox').service('outbox') as Outbox;
    for (const to of directors) {
      // One mail per callback and director, whatever retries happen.
      await outbox.enqueue({ key: `callback:${record.documentId}:dissatisfied:${to}`, to, ...mail });
    }
    if (!directors.length) strapi.log.warn(`[callbacks] ${String(record.number)}: no director with an email to tell`);
    return complaint;
  };

  /** The callback is done: the source record is closed (late ones wait for a reason from staff). */
  const closeSource = async (event: Transitioned, actor: Actor, followUpNumber: string | null) => {
    const { before, record } = event;
    const register = await getRecordsService(strapi, 'registry').find(String(before.sourceRegister));
    if (!register?.workflow) return;
    const source = (await getRecordsService(strapi, 'registry')
      .storeOf(register)
      .findOne({ register, documentId: String(before.sourceId) })) as Raw | null;
    if (!source) return;
    const status = String(source[register.workflow.field]);
    const close = register.workflow.actions.find(
      (a) => a.from.includes(status) && a.to !== undefined && a.to !== 'void' && isFinalState(register, a.to) && a.roles.includes(actor.role),
    );
    if (!close) return;
    // The deadlines plugin asks for a reason to close a late record: staff write it, the system does not invent one.
    const reached = register.workflow.actions.find((a) => a.to === status)?.stampAt;
    const finishedAt = reached && source[reached] ? new Date(String(source[reached])) : null;
    // Finished after its due time: the same answer the deadlines plugin gives when the record is closed.
    const late = !!finishedAt && isLate({ dueAt: source.dueAt as string | null, finishedAt, now: finishedAt });
    if (late && !text(source.lateReason)) {
      await history().write({
        register,
        record: { documentId: String(source.documentId), number: source.number },
        action: 'callback-done',
        from: status,
        to: status,
        actor,
        note: `回访已完成（${String(record.number)}）；记录已超时，请填写延误原因后关闭`,
        at: new Date(),
      });
      return;
    }
    const note = `回访已完成（${String(record.number)}）${followUpNumber ? `，住户不满意，已转新诉求 ${followUpNumber}` : ''}，自动关闭`;
    const at = stampTime(event.register, event.action, record);
    await records().act({
      register,
      documentId: String(source.documentId),
      actionName: close.name,
      input: { note },
      actor,
      at,
    });
  };

  /** A callback attempt: who may call, which methods, attempts counted, then the consequences. */
  const onCallbackStep = async (event: Transitioned) => {
    const { record, before, actor, action } = event;
    if (!actor) return;
    // A callback is made by its rule's caller role, or by whoever oversees every callback (callbacks.see-all).
    const callerRole = text(before.callerRole);
    if (callerRole && actor.role !== callerRole && !getRecordsService(strapi, 'access').holds(actor, 'callbacks.see-all')) {
      const roleName = ROLES.find((r) => r.key === callerRole)?.label['zh-CN'] ?? callerRole;
      throw new ForbiddenError(`此回访应由${roleName}进行`, { code: CALLBACK_ERROR_CODES.callerRole });
    }
    const rule = before.ruleId ? await getService(strapi, 'rules').byId(Number(before.ruleId)) : null;
    const method = text(record.method);
    if (rule && method && !rule.methods.includes(method)) {
      const label = CALLBACK_METHOD_OPTIONS.find((o) => o.value === method)?.label['zh-CN'] ?? method;
      throw fieldValidationError([{ path: ['method'], code: 'NOT_OPTION', message: `该回访规则不允许“${label}”回访` }]);
    }
    const data: Raw = { attempts: Number(before.attempts ?? 0) + 1, reached: action === 'record' };
    if (action === 'record') data.lastAttemptAt = record.doneAt ?? new Date().toISOString();
    let followUp: RecordValues | null = null;
    if (action === 'record' && record.satisfaction === 'dissatisfied') {
      followUp = await reopen(event, actor);
      data.followUp = followUp.documentId;
    }
    await strapi
      .documents(CALLBACK_UID as UID.CollectionType)
      .update({ documentId: record.documentId, data: data as never });
    // The records service answers the request with this same object: let it show what changed.
    Object.assign(
      record,
      data,
      followUp ? { followUp: { documentId: followUp.documentId, number: followUp.number } } : {},
    );
    if (action === 'record') await closeSource(event, actor, followUp ? String(followUp.number) : null);
  };

  return {
    async onEvent(event: RecordEvent) {
      if (event.type !== 'transitioned') return;
      if (event.register.key === callbackRegister.key) return onCallbackStep(event);
      await guardClose(event);
      await onTrigger(event);
    },
  };
};
