import type { Core, UID } from '@strapi/strapi';
import type { RegisterDescription } from '@wuyedesk/contracts';
import { STEP_UID } from '../content-types/step';
import { getService } from '../utils/get-service';
import { USER_UID, type Actor } from './access';
import { confidentialityOf, fieldRuleOf } from './confidentiality';

export interface StepInput {
  register: RegisterDescription;
  record: Record<string, unknown> & { documentId: string; number?: unknown };
  action: string;
  from: string | null;
  to: string | null;
  actor: Actor | null;
  note?: string | null;
  changes?: Record<string, { from: unknown; to: unknown }>;
  at: Date;
}

export interface Step {
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  actorId: number | null;
  actorName: string | null;
  note: string | null;
  changes: Record<string, { from: unknown; to: unknown }> | null;
  at: string;
  /** Readable names of the related records a change mentions, by field then value (documentId or user id). */
  labels?: Record<string, Record<string, string>>;
}

type Row = Record<string, unknown>;

/**
 * The history of every record — the audit trail: who did which step when, and each field's
 * change from → to. Written in the transaction of the change; never edited or deleted.
 */
export const history = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The words that name related records mentioned in changes (档案 DA-0001 → its code, a user → their name). */
  const relationLabels = async (register: RegisterDescription, steps: Step[]) => {
    const labels: Record<string, Record<string, string>> = {};
    for (const field of register.fields.filter((f) => f.type === 'relation')) {
      const values = new Set<string | number>();
      for (const step of steps) {
        const change = step.changes?.[field.name];
        for (const v of [change?.from, change?.to].flat())
          if (typeof v === 'string' || typeof v === 'number') values.add(v);
      }
      if (!values.size) continue;
      const target = field.target === 'user' ? null : getService(strapi, 'registry').builtIn(field.target ?? '');
      const uid = field.target === 'user' ? USER_UID : target?.uid;
      if (!uid) continue;
      const titleField = target?.titleField ?? 'username';
      const select = ['id', 'documentId', titleField, ...(field.target === 'user' ? ['fullName'] : [])];
      const rows = (await strapi.db.query(uid as UID.Schema).findMany({
        where: {
          $or: [
            { documentId: { $in: [...values].filter((v) => typeof v === 'string') } },
            { id: { $in: [...values].filter((v) => typeof v === 'number') } },
          ],
        },
        select,
      })) as Row[];
      labels[field.name] = {};
      for (const row of rows) {
        const title = String((field.target === 'user' && row.fullName) || row[titleField] || row.documentId);
        labels[field.name][String(row.documentId)] = title;
        labels[field.name][String(row.id)] = title;
      }
    }
    return labels;
  };

  const toRow = async (input: StepInput) => ({
    register: input.register.key,
    recordId: input.record.documentId,
    number: typeof input.record.number === 'string' ? input.record.number : null,
    action: input.action,
    fromStatus: input.from,
    toStatus: input.to,
    actorId: input.actor?.id ?? null,
    actorName: input.actor?.name ?? null,
    note: input.note ?? null,
    changes: input.changes ?? null,
    at: input.at,
    confidentiality: await confidentialityOf(strapi, input.register, input.record),
  });

  return {
    async write(input: StepInput) {
      await strapi.db.query(STEP_UID).create({ data: await toRow(input) });
    },

    /** Many steps in one statement (the deadline scheduler writes a batch of escalations at once). */
    async writeMany(inputs: StepInput[]) {
      if (inputs.length) await strapi.db.query(STEP_UID).createMany({ data: await Promise.all(inputs.map(toRow)) });
    },

    async list({ register, documentId }: { register: RegisterDescription; documentId: string }): Promise<Step[]> {
      const rows = (await strapi.db.query(STEP_UID).findMany({
        where: { register: register.key, recordId: documentId },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      })) as Array<Step & { at: string | Date }>;
      const steps: Step[] = rows.map((r) => ({
        action: r.action,
        fromStatus: r.fromStatus,
        toStatus: r.toStatus,
        actorId: r.actorId,
        actorName: r.actorName,
        note: r.note,
        changes: r.changes,
        at: new Date(r.at).toISOString(),
      }));
      const labels = await relationLabels(register, steps);
      return steps.map((step) => ({ ...step, labels }));
    },

    /**
     * A record marked 机密 (or no longer) takes its steps — and those of the records that point
     * at it (its loans, its destruction) — along. The marking decides who sees a step; what the
     * step says (who, when, which change) is untouched. A plain query: the ORM refuses any update
     * of the audit trail (audit-guard.ts).
     */
    async remark({
      register,
      documentId,
      registers,
    }: {
      register: RegisterDescription;
      documentId: string;
      registers: RegisterDescription[];
    }) {
      const own = await strapi.db.query(register.uid as UID.Schema).findOne({ where: { documentId } });
      if (!own) return;
      const marking = await confidentialityOf(strapi, register, own as Row & { documentId: string });
      const meta = strapi.db.metadata.get(STEP_UID as UID.Schema);
      const column = (name: string) => (meta.attributes[name] as { columnName?: string }).columnName ?? name;
      const table = meta.tableName;
      // Inside the change's transaction (a nested call joins it), so the marking commits with the change.
      await strapi.db.transaction(async ({ trx }) => {
        const mark = async (key: string, ids: string[]) => {
          if (ids.length)
            await trx(table)
              .where(column('register'), key)
              .whereIn(column('recordId'), ids)
              .update({ [column('confidentiality')]: marking });
        };
        await mark(register.key, [documentId]);
        for (const other of registers) {
          const via = other.confidential && 'via' in other.confidential ? fieldRuleOf(other)?.via : null;
          if (!via || other.fields.find((f) => f.name === via)?.target !== register.key) continue;
          const rows = (await strapi.db.query(other.uid as UID.Schema).findMany({
            where: { [via]: { documentId } },
            select: ['documentId'],
          })) as Array<{ documentId: string }>;
          await mark(other.key, [...new Set(rows.map((r) => r.documentId))]);
        }
      });
    },
  };
};
