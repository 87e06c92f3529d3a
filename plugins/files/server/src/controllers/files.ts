import { createReadStream, promises as fs } from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { ForbiddenError, NotFoundError } from '@wuyedesk/plugin-records';
import { localeOf } from '@wuyedesk/plugin-records/factories';
import { getService } from '../utils/get-service';

/** Shown in the browser: raster images and PDFs (no SVG: it can carry script). */
const INLINE = /^(image\/(png|jpeg|gif|webp|bmp|avif|tiff)|application\/pdf)\b/;

const MESSAGES = {
  invalid: { 'zh-CN': '文件链接无效，请刷新页面后重试', en: 'This file link is not valid; reload the page and try again' },
  expired: { 'zh-CN': '文件链接已过期，请刷新页面后重试', en: 'This file link has expired; reload the page and try again' },
  missing: { 'zh-CN': '文件不存在', en: 'The file does not exist' },
} as const;

/**
 * A stored file, to whoever holds a link the server signed: links are handed out only inside
 * records the reader may see (and to the uploader in the upload's answer), so the file follows
 * the record's access; the link carries it so that `<img src>` needs no Authorization header.
 */
export const files = ({ strapi }: { strapi: Core.Strapi }) => ({
  async serve(ctx: Context) {
    const locale = localeOf(ctx);
    const links = getService(strapi, 'links');
    const { name } = ctx.params as { name: string };
    const verdict = links.verify({ name, expires: ctx.query.expires, signature: ctx.query.signature });
    if (verdict !== 'valid') {
      throw new ForbiddenError(MESSAGES[verdict][locale], { code: verdict === 'expired' ? 'FILE_LINK_EXPIRED' : 'FILE_LINK_INVALID' });
    }
    const file = path.join(links.directory(), name);
    const stat = await fs.stat(file).catch(() => null);
    if (!stat?.isFile()) throw new NotFoundError(MESSAGES.missing[locale], { code: 'FILE_NOT_FOUND' });
    const expiresIn = Math.max(0, Number(ctx.query.expires) - Math.floor(Date.now() / 1000));
    ctx.type = path.extname(name) || 'application/octet-stream';
    ctx.length = stat.size;
    ctx.set('Cache-Control', `private, max-age=${expiresIn}`);
    ctx.set('X-Content-Type-Options', 'nosniff');
    // Photos and PDFs open in the browser; anything else (an uploaded HTML or SVG page that could
    // run script on the panel's origin) is a download, and sandboxed should it be opened anyway.
    if (INLINE.test(ctx.type)) {
      ctx.set('Content-Disposition', 'inline');
    } else {
      ctx.attachment(name);
      ctx.set('Content-Security-Policy', "default-src 'none'; sandbox");
    }
    ctx.body = createReadStream(file);
  },
});
