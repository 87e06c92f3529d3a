import type { Core } from '@strapi/strapi';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { SETTINGS_ACTIONS } from './routes';
import { clockStore } from './store';
import { getConfig, getService } from './utils/get-service';

export const SCHEDULER_JOB = 'wuyedesk-deadline-scheduler';

/**
 * Seeds the DOMAIN policies and this year's calendar once. The claim is a counter row taken in
 * the same transaction (like the CMS seed): of several instances starting together only one
 * seeds, and a failed seed rolls back, claim included.
 */
const seedOnce = (strapi: Core.Strapi) =>
  strapi.db.transaction(async () => {
    const claim = await getRecordsService(strapi, 'numbering').reserve({ prefix: 'DLSEED', day: '00000000', count: 1 });
    if (claim !== 1) return;
    if ((await getService(strapi, 'policies').count()) === 0) await getService(strapi, 'policies').seedDefaults();
    await getService(strapi, 'calendar').seedDefault();
  });

export const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  getRecordsService(strapi, 'roles').grantCapability('deadline-settings.edit', SETTINGS_ACTIONS);
  await clockStore(strapi.db.connection).ensureTables();
  await seedOnce(strapi);
  getRecordsService(strapi, 'events').on((event) => getService(strapi, 'clocks').onEvent(event));
  const config = getConfig(strapi);
  if (!config.schedulerEnabled) return;
  // Strapi cron fires on every instance (strapi/strapi#15634); the claims in the database make that safe.
  strapi.cron.add({
    [SCHEDULER_JOB]: {
      task: async () => {
        try {
          await getService(strapi, 'scheduler').drain({ maxMs: config.drainMs });
        } catch (error) {
          strapi.log.error(`[deadlines] scheduler pass failed: ${(error as Error).message}`);
        }
      },
      options: { rule: config.schedulerRule },
    },
  });
};

export const destroy = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.cron.remove(SCHEDULER_JOB);
};
