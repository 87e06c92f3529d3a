/**
 * Every route the server answers, and who may use it: `npx tsx scripts/list-routes.ts` (after a
 * build) prints a Markdown table. It boots the compiled CMS on a throw-away SQLite database with
 * the minimal seed (roles and their permissions are what the records core syncs at every start),
 * reads the router itself (`strapi.server.listRoutes()`), and for each route its definition:
 * public, a content-API permission (and which roles hold it), or Strapi's admin API.
 * SERVE_ADMIN_PANEL=true shows the admin API as it is with Strapi's UI on.
 */
import os from 'os';
import path from 'path';
import { mkdtempSync, rmSync } from 'fs';
import type { Core } from '@strapi/strapi';
import { bootStrapi } from './lib/boot-strapi';

interface RouteDefinition {
  method: string;
  path: string;
  config?: { auth?: false | { scope?: string[] }; prefix?: string; policies?: unknown[] };
  info?: { type?: string; pluginName?: string; apiName?: string };
}
interface Router {
  type?: string;
  prefix?: string;
  routes: RouteDefinition[];
}

const definitions = (strapi: Core.Strapi) => {
  const found: Array<{ method: string; path: string; route: RouteDefinition; type: string }> = [];
  const add = (routers: Record<string, Router>, defaultPrefix: string) => {
    for (const router of Object.values(routers)) {
      const type = router.type ?? 'admin';
      for (const route of router.routes ?? []) {
        const prefix = route.config?.prefix ?? router.prefix ?? defaultPrefix;
        const full = `${type === 'content-api' ? '/api' : ''}${prefix}${route.path}`.replace(/(.)\/$/, '$1');
        found.push({ method: route.method, path: full, route, type });
      }
    }
  };
  add(strapi.admin.routes as unknown as Record<string, Router>, '/admin');
  for (const api of Object.values(strapi.apis)) add(api.routes as unknown as Record<string, Router>, '');
  for (const [name, plugin] of Object.entries(strapi.plugins)) {
    const routes = plugin.routes as unknown;
    if (Array.isArray(routes)) add({ admin: { type: 'admin', prefix: `/${name}`, routes } }, `/${name}`);
    else add(routes as Record<string, Router>, `/${name}`);
  }
  return found;
};

/** Routes on the server's own router, not defined by an API or plugin. */
const SERVER_ROUTES: Record<string, string> = {
  '/_health': 'anyone (health check: 204, no data)',
  '/uploads/(.*)': "anyone: uploaded files (Strapi's upload provider; see the uploads work of issue 12)",
  '/': 'anyone: static files of cms/public (strapi::public), else the panel',
  '/((?!uploads/).+)': 'anyone: static files of cms/public (strapi::public), else the panel (global::panel)',
  '/admin/:path*': "anyone: the files of Strapi's admin UI (only with SERVE_ADMIN_PANEL=true)",
};

const rolesByAction = async (strapi: Core.Strapi) => {
  const permissions = (await strapi.db.query('plugin::users-permissions.permission').findMany({
    populate: { role: { select: ['type'] } },
    select: ['action'],
  })) as Array<{ action: string; role: { type: string } | null }>;
  const map = new Map<string, string[]>();
  for (const p of permissions) if (p.role) map.set(p.action, [...(map.get(p.action) ?? []), p.role.type]);
  return map;
};

const main = async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wuyedesk-routes-'));
  const strapi = await bootStrapi({
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'routes.db'), WUYEDESK_SEED: 'minimal', LOG_LEVEL: 'error' },
  });
  try {
    strapi.server.mount();
    const adminUiOn = Boolean(strapi.config.get('admin.serveAdminPanel'));
    const byAction = await rolesByAction(strapi);
    const defs = definitions(strapi);
    const layers = strapi.server.listRoutes() as unknown as Array<{ path: string; methods: string[] }>;
    const rows: string[] = [];
    const seen = new Set<string>();
    for (const layer of layers) {
      const path = layer.path.replace(/(.)\/$/, '$1');
      // router.all() routes hold every verb koa knows: one row.
      const methods = layer.methods.length > 20 ? ['ALL'] : layer.methods.filter((m) => m !== 'HEAD');
      if (!methods.length) continue;
      for (const method of methods) {
        const key = `${method} ${path}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const def = defs.find((d) => d.method === method && d.path === path);
        let who: string;
        if (!def) who = SERVER_ROUTES[path] ?? 'not defined by any API or plugin: check by hand';
        else if (def.type === 'admin') {
          if (!adminUiOn) who = 'nobody: 404 (admin API closed, SERVE_ADMIN_PANEL is off)';
          else if (def.route.config?.auth === false) who = 'anyone (admin API, unauthenticated by design)';
          else who = 'Strapi admin users (admin JWT; Strapi RBAC). Register data and accounts: refused (one door)';
        } else if (def.route.config?.auth === false) who = path.includes('/test/') ? 'anyone — registered only with WUYEDESK_TEST_ROUTES' : 'anyone (public)';
        else {
          const action = def.route.config?.auth && def.route.config.auth.scope?.[0];
          const roles = action ? byAction.get(action) ?? [] : [];
          who = roles.length ? `${roles.sort().join(', ')} (permission ${action})` : `nobody: 403 (no role holds ${action})`;
        }
        rows.push(`| ${method} | \`${path}\` | ${def?.type ?? 'server'} | ${who} |`);
      }
    }
    console.log(`Strapi admin UI: ${adminUiOn ? 'on' : 'off'}; ${rows.length} method + path pairs.\n`);
    console.log('| method | path | router | who may use it |');
    console.log('|---|---|---|---|');
    console.log(rows.join('\n'));
  } finally {
    await strapi.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
