import type { Core, UID } from '@strapi/strapi';
import { COUNT_SUBJECTS, countPeriodOf, type CountSubject, type RegisterDescription } from '@wuyedesk/contracts';
import { ConflictError, getService as getRecordsService, type RecordEvent } from '@wuyedesk/plugin-records';
import { formatShanghai } from './notify';
import { getService } from '../utils/get-service';

type Item = { id: number; documentId: string } & Record<string, unknown>;

/** One line of a finished count: an item that should have been there, or was found unexpectedly. */
export interface CountedItem {
  documentId: string;
  expected: boolean;
  found: boolean;
  fields: Record<string, unknown>;
}

export interface ScheduledCount {
  register: string;
  slot: string;
  documentId: string;
}

const subjectOf = (register: RegisterDescription): CountSubject | undefined => COUNT_SUBJECTS.find((s) => s.register === register.key);

const isUniqueViolation = (error: unknown) => /unique|duplicate/i.test(String((error as Error)?.message ?? error));

/**
 * Cabinet counts (每日小点/每周大点/每月全盘点, 档案半年清点), one mechanism for keys and archives:
 * - schedule: the count of each kind's current period is created ahead with its due time
 *   (end of the period); the unique `slot` column makes it once per kind and period even with
 *   several instances, and a deadlines policy (agreedField dueAt) escalates a count not done.
 * - complete (records event, inside the action's transaction): what should have been in the
 *   cabinet is read from the items' state at that moment, compared with what the counter
 *   ticked off, and stored on the count (expected list, counts, missing items); missing items
 *   are reported to the supervisor by mail.
 */
export const counts = ({ strapi }: { strapi: Core.Strapi }) => {
  const registry = () => getRecordsService(strapi, 'registry');

  const itemsPresent = async (subject: CountSubject): Promise<Item[]> => {
    const itemRegister = registry().builtIn(subject.itemRegister);
    if (!itemRegister) throw new Error(`No register ${subject.itemRegister}`);
    return (await strapi.db.query(itemRegister.uid as UID.Schema).findMany({
      where: { [subject.presentField]: subject.presentValue },
      select: ['id', 'documentId', ...subject.itemFields],
      orderBy: { [subject.itemFields[0]]: 'asc' },
    })) as Item[];
  };

  const reportMissing = async (register: RegisterDescription, count: Record<string, unknown> & { documentId: string }, missing: Item[], subject: CountSubject) => {
    const mail = getService(strapi, 'notify');
    const kind = register.fields.find((f) => f.name === 'kind')?.options?.find((o) => o.value === count.kind)?.label['zh-CN'] ?? String(count.kind);
    const lines = [
      `${register.label['zh-CN']} ${String(count.number)}（${kind}${count.period ? ` ${String(count.period)}` : ''}）`,
      `盘点时间：${formatShanghai(count.countedAt)}`,
      `应在 ${String(count.expectedCount)} 件，实点 ${String(count.presentCount)} 件，缺失 ${missing.length} 件：`,
      ...missing.map((item) => `  - ${subject.itemFields.map((f) => item[f]).filter(Boolean).join(' ')}`),
      '',
      '请立即查找并调查原因。',
      `查看记录：${mail.link(register.pluralName, count.documentId)}`,
    ];
    await mail.send({
      key: `count-missing:${register.key}:${count.documentId}`,
      to: await mail.holderAddresses('keys.alerts'),
      subject: `【盘点缺失】${register.label['zh-CN']} ${String(count.number)} 缺失${missing.length}件`,
      text: lines.join('\n'),
      urgent: true,
    });
  };

  const complete = async (register: RegisterDescription, subject: CountSubject, record: Record<string, unknown> & { id: number; documentId: string }) => {
    const row = (await strapi.db.query(register.uid as UID.Schema).findOne({
      where: { id: record.id },
      populate: { [subject.foundField]: { select: ['documentId'] } },
    })) as Record<string, unknown>;
    const found = new Set(((row[subject.foundField] as Array<{ documentId: string }> | null) ?? []).map((i) => i.documentId));
    const present = await itemsPresent(subject);
    const expectedIds = new Set(present.map((i) => i.documentId));
    const missing = present.filter((i) => !found.has(i.documentId));
    const fieldsOf = (item: Item) => Object.fromEntries(subject.itemFields.map((f) => [f, item[f] ?? null]));
    const extraIds = [...found].filter((id) => !expectedIds.has(id));
    const itemRegister = registry().builtIn(subject.itemRegister)!;
    const extra = extraIds.length
      ? ((await strapi.db.query(itemRegister.uid as UID.Schema).findMany({
          where: { documentId: { $in: extraIds } },
          select: ['id', 'documentId', ...subject.itemFields],
        })) as Item[])
      : [];
    const items: CountedItem[] = [
      ...present.map((i) => ({ documentId: i.documentId, expected: true, found: found.has(i.documentId), fields: fieldsOf(i) })),
      // Ticked off although the ledger says it is out (lent, lost): worth a look, not missing.
      ...extra.map((i) => ({ documentId: i.documentId, expected: false, found: true, fields: fieldsOf(i) })),
    ];
    const values = {
      expectedCount: present.length,
      presentCount: present.length - missing.length,
      expectedItems: items,
      [subject.missingField]: missing.map((i) => i.documentId),
    };
    await strapi.documents(register.uid as UID.CollectionType).update({ documentId: record.documentId, data: values as never });
    // The action's answer is this same object: let it show what the count found.
    Object.assign(record, values, { [subject.missingField]: missing.map((i) => ({ documentId: i.documentId, ...fieldsOf(i) })) });
    if (missing.length) await reportMissing(register, { ...record, ...values }, missing, subject);
  };

  /** The person's language for a refusal raised inside a records event (events carry no locale). */
  const requestLocale = (): 'zh-CN' | 'en' => {
    const ctx = strapi.requestContext.get() as { get?: (h: string) => string } | undefined;
    return /^en\b/i.test(ctx?.get?.('accept-language') ?? '') ? 'en' : 'zh-CN';
  };

  /**
   * A count recorded by hand (REST, not the scheduler) is the count of its kind's current period:
   * it takes that period's slot, so a second one for a period that already has its count is
   * refused (409), and the unique slot keeps it so even when two desks press at once.
   */
  const claimPeriod = async (register: RegisterDescription, subject: CountSubject, record: RecordEvent['record']) => {
    const kind = subject.kinds.find((k) => k.value === record.kind) ?? subject.kinds[0];
    const span = countPeriodOf(kind.period, new Date());
    const slot = `${kind.value}:${span.key}`;
    const query = strapi.db.query(register.uid as UID.Schema);
    const refuse = (number: unknown) => {
      const locale = requestLocale();
      const kindLabel = kind.label[locale];
      const message = locale === 'zh-CN'
        ? `本期（${span.key}）的${kindLabel}已经有了${number ? `：${String(number)}` : ''}，不能再新建一次`
        : `The ${kindLabel} of this period (${span.key}) already exists${number ? `: ${String(number)}` : ''}`;
      return new ConflictError(message, {
        code: 'COUNT_EXISTS',
        errors: [{ path: ['kind'], message, name: 'ConflictError', code: 'COUNT_EXISTS' }],
      });
    };
    const existing = (await query.findOne({ where: { slot }, select: ['number'] })) as { number?: unknown } | null;
    if (existing) throw refuse(existing.number);
    const values = { slot, period: span.key, periodStart: span.start.toISOString(), dueAt: new Date(span.end.getTime() - 1).toISOString() };
    try {
      await query.update({ where: { id: record.id }, data: values });
    } catch (error) {
      if (isUniqueViolation(error)) throw refuse(null);
      throw error;
    }
    Object.assign(record, values);
  };

  return {
    /** Creates the counts of the current periods that do not exist yet; safe to run anywhere, any time. */
    async schedule({ now = new Date() }: { now?: Date } = {}): Promise<ScheduledCount[]> {
      const created: ScheduledCount[] = [];
      for (const subject of COUNT_SUBJECTS) {
        const register = registry().builtIn(subject.register);
        if (!register) continue;
        for (const kind of subject.kinds) {
          const span = countPeriodOf(kind.period, now);
          const slot = `${kind.value}:${span.key}`;
          const query = strapi.db.query(register.uid as UID.Schema);
          if (await query.findOne({ where: { slot }, select: ['id'] })) continue;
          try {
            const record = await getRecordsService(strapi, 'records').create({
              register,
              data: { kind: kind.value },
              actor: null,
              system: { slot, period: span.key, periodStart: span.start.toISOString(), dueAt: new Date(span.end.getTime() - 1).toISOString() },
            });
            created.push({ register: register.key, slot, documentId: record.documentId });
          } catch (error) {
            // Another instance scheduled it a moment ago: exactly what we wanted.
            if (!isUniqueViolation(error) || !(await query.findOne({ where: { slot }, select: ['id'] }))) throw error;
          }
        }
      }
      return created;
    },

    async onEvent(event: RecordEvent) {
      if (event.type === 'created' && !event.record.slot) {
        const subject = subjectOf(event.register);
        if (subject) await claimPeriod(event.register, subject, event.record);
        return;
      }
      if (event.type !== 'transitioned' || event.action !== 'complete') return;
      const subject = subjectOf(event.register);
      if (subject) await complete(event.register, subject, event.record);
    },
  };
};
