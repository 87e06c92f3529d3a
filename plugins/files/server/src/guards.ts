import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { localeOf } from '@wuyedesk/plugin-records/factories';
import { fileIdsOf, FILE_UID } from './services/attachments';
import { getService } from './utils/get-service';

/** The signed-in panel user of the request being served (users-permissions), if any. */
const panelUser = (strapi: Core.Strapi): { user: { id: number }; ctx: Context } | null => {
  const ctx = strapi.requestContext.get() as Context | undefined;
  const strategy = (ctx?.state?.auth as { strategy?: { name?: string } } | undefined)?.strategy?.name;
  const user = ctx?.state?.user as { id?: unknown } | undefined;
  return ctx && strategy === 'users-permissions' && typeof user?.id === 'number' ? { user: { id: user.id }, ctx } : null;
};

/** Remembers who uploaded each file through the content API (the panel's 上传 button). */
export const recordUploaders = (strapi: Core.Strapi) => {
  strapi.db.lifecycles.subscribe({
    models: [FILE_UID],
    async afterCreate(event) {
      const request = panelUser(strapi);
      const fileId = (event.result as { id?: unknown } | undefined)?.id;
      if (request && typeof fileId === 'number') await getService(strapi, 'attachments').recordOwner({ fileId, userId: request.user.id });
    },
  });
};

/**
 * Every write of a built-in register's media fields by a panel user, whichever path reaches the
 * document service, may attach only files already on the record or the user's own fresh uploads.
 * The server's own writes (seed, scheduler) have no panel user and are not checked.
 */
export const guardAttachments = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (context.action !== 'create' && context.action !== 'update') return next();
    const register = getRecordsService(strapi, 'registry').builtIn(context.uid);
    const mediaFields = register?.fields.filter((f) => f.type === 'media') ?? [];
    const request = mediaFields.length ? panelUser(strapi) : null;
    const params = context.params as { data?: Record<string, unknown>; documentId?: string };
    const data = params.data ?? {};
    const changes = mediaFields.filter((f) => f.name in data).map((f) => ({ field: f.name, ids: fileIdsOf(data[f.name]) }));
    if (!request || !changes.some((c) => c.ids.length)) return next();
    const current = new Set<number>();
    if (context.action === 'update' && params.documentId) {
      const row = (await strapi.db.query(context.uid as UID.Schema).findOne({
        where: { documentId: params.documentId },
        select: ['id'],
        populate: Object.fromEntries(mediaFields.map((f) => [f.name, { select: ['id'] }])),
      })) as Record<string, unknown> | null;
      for (const f of mediaFields) fileIdsOf(row?.[f.name]).forEach((id) => current.add(id));
    }
    await getService(strapi, 'attachments').assertMayAttach({ userId: request.user.id, changes, current, locale: localeOf(request.ctx) });
    return next();
  });
};
