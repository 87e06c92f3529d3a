import fs from 'fs';
import path from 'path';
import serve from 'koa-static';
import type { Context, Next } from 'koa';

/** Paths Strapi answers itself; everything else is the panel's (a single-page app). */
const SERVER_PREFIXES = ['/api', '/admin', '/uploads', '/i18n', '/content-manager', '/upload', '/users-permissions', '/_health'];

/**
 * Serves the built WuyeDesk panel (admin/dist) at `/`, so `npm start` gives one address for
 * the panel and the API. Hashed assets are cached for a year; index.html never, so a new
 * build reaches people on their next load. Unknown paths get index.html (client-side routes).
 */
export default (config: { dir?: string }) => {
  const dir = path.resolve(config.dir ?? path.join(__dirname, '..', '..', '..', '..', 'admin', 'dist'));
  const index = path.join(dir, 'index.html');
  const assets = serve(dir, {
    index: false,
    setHeaders: (res, file) => {
      res.setHeader('Cache-Control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  return async (ctx: Context, next: Next) => {
    const ours = SERVER_PREFIXES.some((p) => ctx.path === p || ctx.path.startsWith(`${p}/`));
    if (ours || (ctx.method !== 'GET' && ctx.method !== 'HEAD') || !fs.existsSync(index)) return next();
    await assets(ctx, async () => {
      if (ctx.path.startsWith('/assets/')) return next();
      ctx.type = 'html';
      ctx.set('Cache-Control', 'no-cache');
      ctx.body = fs.createReadStream(index);
    });
  };
};
