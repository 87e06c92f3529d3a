import type { Core } from '@strapi/strapi';
import { getService } from '@wuyedesk/plugin-records';
import { ensureSuperAdmin, printLogins, seedMode, seedOnce } from './seed';

export default {
  register() {},

  /** Runs before the server listens: an empty database is never reachable without an admin. */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureSuperAdmin(strapi);
    await getService(strapi, 'roles').sync(await getService(strapi, 'registry').list());
    const mode = seedMode();
    const started = Date.now();
    if (await seedOnce(strapi, mode)) strapi.log.info(`Seeded ${mode} data in ${Date.now() - started} ms`);
    // Printed once the port is open, so the address it shows answers.
    if (mode === 'demo') strapi.server.httpServer.once('listening', () => printLogins(strapi));
  },
};
