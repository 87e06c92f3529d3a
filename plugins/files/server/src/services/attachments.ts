import type { Core, UID } from '@strapi/strapi';
import type { Locale } from '@wuyedesk/contracts';
import { ValidationError } from '@wuyedesk/plugin-records';
import { localeOf } from '@wuyedesk/plugin-records/factories';
import { panelUser } from '../utils/panel-user';
import { FILE_OWNER_UID } from '../content-types/file-owner';

export const FILE_UID = 'plugin::upload.file';

/** A media field's new value in a write: the file ids it names. */
export interface AttachmentChange {
  field: string;
  ids: number[];
}

const MESSAGE = {
  'zh-CN': '只能附加您本人刚上传的文件',
  en: 'Only a file you have just uploaded yourself can be attached',
};

/** The file ids a media value names (a bare id, a list of them, or populated file objects). */
export const fileIdsOf = (value: unknown): number[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value])
    .map((v) => (typeof v === 'object' && v !== null ? (v as { id?: unknown }).id : v))
    .filter((v): v is number => Number.isInteger(v));

/**
 * Which files a write may put on a record: those already on it, and fresh uploads of the actor
 * that no record holds yet. Anything else — a guessed id, another record's photo, a 机密 loan's
 * letter — would hand that file to everyone who may read this record.
 */
export const attachments = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * A write of a record's media fields (`fields`) by the panel user of the current request; the
   * server's own writes (seed, scheduler) have no panel user and are not checked.
   */
  async checkWrite({ fields, data, current }: { fields: readonly string[]; data: Record<string, unknown>; current: Iterable<number> }) {
    const changes = fields.filter((field) => field in data).map((field) => ({ field, ids: fileIdsOf(data[field]) }));
    if (!changes.some((c) => c.ids.length)) return;
    const request = panelUser(strapi);
    if (!request) return;
    await this.assertMayAttach({ userId: request.userId, changes, current: new Set(current), locale: localeOf(request.ctx) });
  },

  async recordOwner({ fileId, userId }: { fileId: number; userId: number }) {
    await strapi.db.query(FILE_OWNER_UID as UID.Schema).create({ data: { fileId, userId } });
  },

  async assertMayAttach({
    userId,
    changes,
    current,
    locale,
  }: {
    userId: number;
    changes: AttachmentChange[];
    current: ReadonlySet<number>;
    locale: Locale;
  }) {
    const wanted = [...new Set(changes.flatMap((c) => c.ids))].filter((id) => !current.has(id));
    if (!wanted.length) return;
    const owned = (await strapi.db.query(FILE_OWNER_UID as UID.Schema).findMany({
      where: { fileId: { $in: wanted }, userId },
      select: ['fileId'],
    })) as Array<{ fileId: number }>;
    const files = (await strapi.db.query(FILE_UID as UID.Schema).findMany({
      where: { id: { $in: owned.map((o) => o.fileId) } },
      select: ['id'],
      populate: { related: true },
    })) as Array<{ id: number; related?: unknown[] }>;
    const free = new Set(files.filter((f) => !f.related?.length).map((f) => f.id));
    const refused = changes.filter((c) => c.ids.some((id) => !current.has(id) && !free.has(id)));
    if (!refused.length) return;
    throw new ValidationError(MESSAGE[locale], {
      code: 'FILE_NOT_ATTACHABLE',
      errors: refused.map((c) => ({ path: [c.field], message: MESSAGE[locale], name: 'ValidationError', code: 'FILE_NOT_ATTACHABLE' })),
    });
  },
});
