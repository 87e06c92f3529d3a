import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { createStrapi } from '@strapi/strapi';
import type { AddressInfo } from 'net';
import { createScratchDatabase, type TestDatabaseKind } from './test-database';
import { freePort } from './mail';

const CMS_DIR = path.resolve(__dirname, '..', '..');

/**
 * Boots one real Strapi (compiled dist, see `npm run build`) on a throw-away database for the
 * whole run and hands its address to the tests, which talk to it over HTTP like the panel does.
 */
export default async function globalSetup() {
  const kind = (process.env.WUYEDESK_TEST_DB ?? 'sqlite') as TestDatabaseKind;
  const database = await createScratchDatabase(kind, 'wuyedesk_test');
  Object.assign(process.env, {
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    WUYEDESK_SEED: 'minimal',
    LOGIN_RATE_LIMIT: '10000',
    APP_KEYS: 'testKeyA,testKeyB',
    ADMIN_JWT_SECRET: 'test-admin-jwt',
    API_TOKEN_SALT: 'test-api-token-salt',
    TRANSFER_TOKEN_SALT: 'test-transfer-salt',
    JWT_SECRET: 'test-jwt-secret',
    // Timers off: tests drive the scheduler and the sender with a fake clock over test routes.
    DEADLINE_SCHEDULER: 'false',
    COUNT_SCHEDULER: 'false',
    OUTBOX_SENDER: 'false',
    MONTHLY_REPORT: 'false',
    BACKUP_NIGHTLY: 'false',
    // Exports read 2 rows per keyset batch, so every export test crosses batch boundaries.
    EXPORT_BATCH_SIZE: '2',
    // Background exports: a runner looks every 200 ms; a dead runner's lease runs out after 1.5 s.
    EXPORT_JOB_POLL_MS: '200',
    EXPORT_JOB_LEASE_MS: '1500',
    EXPORT_JOBS_DIR: path.join(os.tmpdir(), `wuyedesk-test-exports-${process.pid}`),
    WUYEDESK_TEST_ROUTES: 'true',
    WUYEDESK_PUBLIC_URL: 'http://panel.test',
    QUIET_HOURS: 'off',
    // A port no one listens on until a test starts its own SMTP server there (tests/helpers/mail.ts).
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(await freePort()),
    ENCRYPTION_KEY: 'test-encryption-key',
    // Uploaded files of a run go to a throw-away folder; tests sign an expired link with this secret.
    FILES_DIR: mkdtempSync(path.join(os.tmpdir(), 'wuyedesk-files-')),
    FILE_URL_SECRET: 'test-file-url-secret-0123456789',
    ...database.env,
  });
  const strapi = createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.load();
  await new Promise<void>((resolve) => strapi.server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  process.env.WUYEDESK_TEST_URL = `http://127.0.0.1:${port}`;
  const state = globalThis as unknown as { __WUYEDESK__: { strapi: typeof strapi; drop: () => Promise<void> } };
  state.__WUYEDESK__ = { strapi, drop: database.drop };
}
