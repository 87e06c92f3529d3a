import type { Core, UID } from '@strapi/strapi';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { fileIdsOf, FILE_UID } from './services/attachments';
import { getService } from './utils/get-service';
import { panelUser } from './utils/panel-user';

/** Remembers who uploaded each file through the content API (the panel's 上传 button). */
export const recordUploaders = (strapi: Core.Strapi) => {
  strapi.db.lifecycles.subscribe({
    models: [FILE_UID],
    async afterCreate(event) {
      const request = panelUser(strapi);
      const fileId = (event.result as { id?: unknown } | undefined)?.id;
      if (request && typeof fileId === 'number') await getService(strapi, 'attachments').recordOwner({ fileId, userId: request.userId });
    },
  });
};

/**
 * Every write of a built-in register's media fields, whichever path reaches the document service,
 * may attach only files already on the record or the writer's own fresh uploads (form types,
 * stored apart, call the same check from their store).
 */
export const guardAttachments = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (context.action !== 'create' && context.action !== 'update') return next();
    const register = getRecordsService(strapi, 'registry').builtIn(context.uid);
    const fields = register?.fields.filter((f) => f.type === 'media').map((f) => f.name) ?? [];
    const params = context.params as { data?: Record<string, unknown>; documentId?: string };
    if (!fields.length || !params.data) return next();
    const current: number[] = [];
    if (context.action === 'update' && params.documentId && fields.some((f) => f in (params.data as object))) {
      const row = (await strapi.db.query(context.uid as UID.Schema).findOne({
        where: { documentId: params.documentId },
        select: ['id'],
        populate: Object.fromEntries(fields.map((f) => [f, { select: ['id'] }])),
      })) as Record<string, unknown> | null;
      for (const f of fields) current.push(...fileIdsOf(row?.[f]));
    }
    await getService(strapi, 'attachments').checkWrite({ fields, data: params.data, current });
    return next();
  });
};
