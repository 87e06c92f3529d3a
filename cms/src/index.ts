import type { Core } from '@strapi/strapi';
import { getService, throughTheDoor } from '@wuyedesk/plugin-records';
import { closeAdminApi, ensureSuperAdmin, isAdminUiOn } from './admin-api';
import { printBanner } from './banner';
import { seedMode, seedOnce } from './seed';

export default {
  /** Before routing: with Strapi's admin UI off its admin API is closed too (404), login included. */
  register({ strapi }: { strapi: Core.Strapi }) {
    if (!isAdminUiOn(strapi)) closeAdminApi(strapi);
  },

  /** Runs before the server listens: an empty database is never reachable without an admin. */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const mode = seedMode();
    if (isAdminUiOn(strapi)) await ensureSuperAdmin(strapi, { demo: mode === 'demo' });
    await getService(strapi, 'roles').sync(await getService(strapi, 'registry').list());
    // SQLite is one connection: the seed's long transaction would starve the schedulers' ticks
    // ("Knex: Timeout acquiring a connection"), so the timers wait until the data is in.
    strapi.cron.stop();
    try {
      const started = Date.now();
      // The seed writes reference data (departments, units, keys) directly: a named internal writer.
      if (await throughTheDoor('seed', () => seedOnce(strapi, mode))) strapi.log.info(`Seeded ${mode} data in ${Date.now() - started} ms`);
    } finally {
      strapi.cron.start();
    }
    // Printed once the port is open, so the address it shows answers.
    strapi.server.httpServer.once('listening', () => void printBanner(strapi).catch((error: unknown) => strapi.log.warn(`Banner: ${String(error)}`)));
  },
};
