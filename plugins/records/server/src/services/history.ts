import type { Core } from '@strapi/strapi';
import type { RegisterDescription } from '@wuyedesk/contracts';
import { STEP_UID } from '../content-types/step';
import type { Actor } from './access';

export interface StepInput {
  register: RegisterDescription;
  record: { documentId: string; number?: unknown };
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
}

/** The status history of every record: who did which step when (shown on each record's page). */
const toRow = (input: StepInput) => ({
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
});

export const history = ({ strapi }: { strapi: Core.Strapi }) => ({
  async write(input: StepInput) {
    await strapi.db.query(STEP_UID).create({ data: toRow(input) });
  },

  /** Many steps in one statement (the deadline scheduler writes a batch of escalations at once). */
  async writeMany(inputs: StepInput[]) {
    if (inputs.length) await strapi.db.query(STEP_UID).createMany({ data: inputs.map(toRow) });
  },

  async list({ register, documentId }: { register: RegisterDescription; documentId: string }): Promise<Step[]> {
    const rows = (await strapi.db.query(STEP_UID).findMany({
      where: { register: register.key, recordId: documentId },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    })) as Array<Step & { at: string | Date }>;
    return rows.map((r) => ({
      action: r.action,
      fromStatus: r.fromStatus,
      toStatus: r.toStatus,
      actorId: r.actorId,
      actorName: r.actorName,
      note: r.note,
      changes: r.changes,
      at: new Date(r.at).toISOString(),
    }));
  },
});
