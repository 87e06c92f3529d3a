import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { archiveRegister, ARCHIVE_UID } from '@wuyedesk/contracts';
import { ConflictError, getService as getRecordsService, type RecordEvent } from '@wuyedesk/plugin-records';
import { moveFor, refusalFor, type ArchiveState } from '../rules/archive-moves';

interface ArchiveRow {
  id: number;
  documentId: string;
  code: string;
  state: ArchiveState | null;
  [field: string]: unknown;
}

/**
 * Keeps archives and the registers about them in step, inside the transaction of the change
 * (a records event listener: a refusal rolls the whole step back). The archive's state moves with
 * a conditional update, so of two loans of one archive taken at once only one gets it (409 for
 * the other); each move is written on the archive's own history.
 */
export const guards = ({ strapi }: { strapi: Core.Strapi }) => {
  const archiveOf = async (event: RecordEvent): Promise<ArchiveRow | null> => {
    const row = (await strapi.db.query(event.register.uid as UID.Schema).findOne({
      where: { id: event.record.id },
      select: ['id'],
      populate: { archive: true },
    })) as { archive?: ArchiveRow | null } | null;
    return row?.archive ?? null;
  };

  return {
    async onEvent(event: RecordEvent) {
      if (event.type === 'updated') return;
      const move = moveFor(event.register.key, event.type === 'created' ? 'create' : event.action);
      if (!move) return;
      const archive = await archiveOf(event);
      if (!archive) return;
      const state = archive.state ?? 'in_place';
      const refusal = refusalFor(move, state, archive.code);
      if (refusal?.conflict) throw new ConflictError(refusal.message, { code: refusal.code });
      if (refusal) {
        throw new errors.ValidationError(refusal.message, {
          code: refusal.code,
          ...(event.type === 'created'
            ? { errors: [{ path: ['archive'], message: refusal.message, name: 'ValidationError', code: refusal.code }] }
            : {}),
        });
      }
      if (!move.moveTo || move.moveTo === state) return;

      // The step's own stamp (销毁时间 on the destruction record), so both records say the same moment.
      const stampField =
        event.type === 'transitioned'
          ? event.register.workflow?.actions.find((a) => a.name === event.action)?.stampAt
          : undefined;
      const stamped = stampField ? new Date(String(event.record[stampField] ?? '')) : null;
      const at = stamped && !Number.isNaN(stamped.getTime()) ? stamped : new Date();
      const data: Record<string, unknown> = { state: move.moveTo, ...(move.stamp ? { [move.stamp]: at } : {}) };
      const claimed = await strapi.db.query(ARCHIVE_UID as UID.Schema).updateMany({
        where: {
          id: archive.id,
          $or: [
            { state: { $in: move.allowed } },
            ...(move.allowed.includes('in_place') ? [{ state: { $null: true } }] : []),
          ],
        },
        data,
      });
      if (claimed.count !== 1) {
        // Someone else's step got there first (PostgreSQL: it committed while this one waited for
        // the row): say what the archive is now, as if this step had come second — which it did.
        const now = (await strapi.db
          .query(ARCHIVE_UID as UID.Schema)
          .findOne({ where: { id: archive.id }, select: ['state'] })) as { state: ArchiveState | null } | null;
        const late = refusalFor(move, now?.state ?? 'in_place', archive.code);
        throw new ConflictError(late?.message ?? `档案“${archive.code}”刚被他人借出或处理，请刷新后重试`, {
          code: late?.code ?? 'ARCHIVE_CHANGED',
        });
      }
      const after = { ...archive, ...data };
      const changes: Record<string, { from: unknown; to: unknown }> = { state: { from: state, to: move.moveTo } };
      if (move.stamp) changes[move.stamp] = { from: archive[move.stamp] ?? null, to: at.toISOString() };
      await getRecordsService(strapi, 'history').write({
        register: archiveRegister,
        record: after,
        action: move.on,
        from: null,
        to: null,
        actor: event.actor,
        note: `${event.register.label['zh-CN']} ${String(event.record.number ?? '')}`.trim(),
        changes,
        at,
      });
    },
  };
};
