import { existsSync } from 'fs';
import path from 'path';
import { createStrapi, type Core } from '@strapi/strapi';
import { ensureEnvFile } from './env-file';
import { ROOT } from './run';

export const CMS_DIR = path.join(ROOT, 'cms');

/**
 * Boots the compiled CMS (run `npm run build` first) inside this process, without listening,
 * so a script can use its database, metadata and services. `env` and the process environment
 * win over cms/.env, which wins over the defaults: warnings-only logs, no telemetry, no timers.
 */
export const bootStrapi = async ({ env = {} }: { env?: Record<string, string> } = {}): Promise<Core.Strapi> => {
  if (!existsSync(path.join(CMS_DIR, 'dist', 'src', 'index.js'))) {
    throw new Error('cms/dist is missing: run `npm run build` first');
  }
  Object.assign(process.env, env);
  // Strapi reads .env from the working directory, but scripts run from the repository root;
  // loadEnvFile keeps variables already set. Same secrets as `npm start` (made on first use).
  ensureEnvFile();
  process.loadEnvFile(path.join(CMS_DIR, '.env'));
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  process.env.LOG_LEVEL ??= 'warn';
  // A script is not a server: no escalation passes or mail sending on timers (the running CMS
  // does that), nor their queries in the middle of a bulk write or a benchmark.
  process.env.DEADLINE_SCHEDULER ??= 'false';
  process.env.OUTBOX_SENDER ??= 'false';
  const strapi = createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist'), autoReload: false, serveAdminPanel: false });
  return strapi.load();
};

export type DatabaseClient = 'sqlite' | 'postgres';

/** Which database the booted CMS talks to (the generator writes dialect-specific SQL). */
export const databaseClientOf = (strapi: Core.Strapi): DatabaseClient => {
  const client = strapi.db.dialect.client;
  if (client === 'sqlite' || client === 'postgres') return client;
  throw new Error(`Unsupported database client "${client}" (sqlite and postgres are)`);
};
