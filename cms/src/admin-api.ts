import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { DEFAULT_DEMO_PASSWORD, demoPassword } from './seed/users';

/** Is Strapi's own admin UI on (SERVE_ADMIN_PANEL=true, config/admin.ts)? */
export const isAdminUiOn = (strapi: Core.Strapi) => Boolean(strapi.config.get('admin.serveAdminPanel'));

/**
 * Strapi mounts its admin API (`/admin/*`, `/content-manager/*`, `/upload/*`,
 * `/users-permissions/*`, `/i18n/*`, `/content-type-builder/*`, `/email/*`…) even when its UI is
 * not served. The office works in the WuyeDesk panel through `/api`; with Strapi's UI off nobody
 * needs those routes, so every admin-type route answers 404 — login, register-admin and the
 * content manager included. This middleware sits on the admin router only: it runs for a matched
 * admin route, never for `/api`, the panel or `/_health`.
 */
export const closeAdminApi = (strapi: Core.Strapi) => {
  strapi.server.api('admin').use(async (ctx: Context, _next: Next) => {
    ctx.status = 404;
    ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } };
  });
};

const generatedPassword = () => {
  // Strapi's admin password rules: 8+ characters with a lower case, an upper case letter and a digit.
  const base = randomBytes(18).toString('base64url');
  return `Wd${base}7`;
};

/**
 * The first Strapi super admin, made before the server listens so `/admin/register-admin` is
 * never open. Only where the office wants one: when Strapi's admin UI is on. Its password is the
 * demo password only on demo data (WUYEDESK_SEED=demo, the newcomer's `npm start`); anywhere
 * else it is generated and printed this once (`npx strapi admin:reset-user-password` sets a new one).
 */
export const ensureSuperAdmin = async (strapi: Core.Strapi, { demo }: { demo: boolean }) => {
  const users = strapi.service('admin::user') as {
    exists: () => Promise<boolean>;
    createFirstAdmin: (a: Record<string, unknown>) => Promise<unknown>;
  };
  if (await users.exists()) return;
  const email = process.env.WUYEDESK_ADMIN_EMAIL || 'admin@wuyedesk.local';
  const password = demo ? demoPassword() : generatedPassword();
  try {
    await users.createFirstAdmin({ email, firstname: '系统', lastname: '管理员', password });
  } catch (error) {
    // Another instance on the same database made it first: exactly what we wanted.
    if (!(await users.exists())) throw error;
    return;
  }
  if (!demo) {
    strapi.log.warn(
      [
        '',
        `  Strapi admin UI: super admin ${email} created with the password`,
        `    SUPER_ADMIN_PASSWORD ${password}`,
        '  It is shown this once. Lost it? `npx strapi admin:reset-user-password` in cms/.',
        '',
      ].join('\n'),
    );
  }
};

export { DEFAULT_DEMO_PASSWORD };
