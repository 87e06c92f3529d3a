import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { localeOf } from '@wuyedesk/plugin-records/factories';

type Factory<T> = (input: { strapi: unknown }) => T;

interface UploadPlugin {
  routes: Record<string, Factory<{ routes: Array<{ handler: string }> }> | unknown>;
  controllers: Record<string, Factory<Record<string, (ctx: Context) => Promise<void>>> | unknown>;
  services: Record<string, Factory<Record<string, unknown>> | unknown>;
}

/** The one content-API route of the upload plugin that stays: uploading a file (staff attach photos). */
const KEPT_HANDLER = 'content-api.upload';

/** multipart fields Strapi would act on besides fileInfo: `ref`/`refId`/`field` attach the file to any record. */
const ALLOWED_BODY_KEYS = new Set(['fileInfo']);

const refuse = (ctx: Context, code: string, zh: string, en: string, details: Record<string, unknown> = {}) =>
  new errors.ValidationError(localeOf(ctx) === 'en' ? en : zh, { code, ...details });

/**
 * Files are the records' files. The upload plugin's content API would list every file with its
 * related records populated past the row scope and 机密 rules (`GET /api/upload/files?populate=related`),
 * delete or replace any file by id, and attach an upload to any record by `ref`/`refId` without the
 * records core. Only uploading stays: a file reaches people through the record it is attached to
 * (signed links, plugins/files), and is attached through the record's own create/update.
 */
export = (plugin: UploadPlugin) => {
  const routes = plugin.routes['content-api'] as Factory<{ routes: Array<{ handler: string }> }>;
  plugin.routes['content-api'] = (input: { strapi: unknown }) => {
    const router = routes(input);
    return { ...router, routes: router.routes.filter((route) => route.handler === KEPT_HANDLER) };
  };

  const controllers = plugin.controllers['content-api'] as Factory<Record<string, (ctx: Context) => Promise<void>>>;
  plugin.controllers['content-api'] = (input: { strapi: unknown }) => {
    const controller = controllers(input);
    return {
      ...controller,
      async upload(ctx: Context) {
        if (ctx.query.id !== undefined) {
          throw refuse(ctx, 'UPLOAD_REPLACE_NOT_ALLOWED', '已上传的文件不能替换或修改，请上传新文件', 'An uploaded file cannot be replaced or changed; upload a new file');
        }
        const body = (ctx.request.body ?? {}) as Record<string, unknown>;
        const extra = Object.keys(body).filter((key) => !ALLOWED_BODY_KEYS.has(key));
        if (extra.length) {
          throw refuse(
            ctx,
            'UPLOAD_FIELD_NOT_ALLOWED',
            `上传时不能指定 ${extra.join('、')}：文件通过记录的表单附加`,
            `${extra.join(', ')} cannot be given with an upload: files are attached through the record's form`,
            { fields: extra },
          );
        }
        return controller.upload.call(controller, ctx);
      },
    };
  };
  // With a private provider the upload plugin signs file URLs by walking every attribute of every
  // document read, of every content type; plugins/files signs the media fields alone (sign-reads.ts).
  const extensions = plugin.services.extensions as Record<string, unknown> | Factory<Record<string, unknown>>;
  const noWalk = { signFileUrlsOnDocumentService: async () => {} };
  plugin.services.extensions =
    typeof extensions === 'function' ? (input: { strapi: unknown }) => ({ ...extensions(input), ...noWalk }) : { ...extensions, ...noWalk };
  return plugin;
};
