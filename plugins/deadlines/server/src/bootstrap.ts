import type { Core } from '@strapi/strapi';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { SETTINGS_ACTIONS } from './routes';
import { getConfig, getService } from './utils/get-service';

export const SCHEDULER_JOB = 'wuyedesk-deadline-scheduler';

export const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  getRecordsService(strapi, 'roles').grantCapability('deadline-settings.edit', SETTINGS_ACTIONS);
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
