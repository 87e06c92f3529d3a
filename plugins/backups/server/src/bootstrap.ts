import type { Core } from '@strapi/strapi';
import { dailyRule } from './lib/files';
import { getConfig, getService } from './utils/get-service';

export const NIGHTLY_JOB = 'wuyedesk-nightly-backup';

export const bootstrap = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = getConfig(strapi);
  if (!config.nightlyEnabled) return;
  strapi.cron.add({
    [NIGHTLY_JOB]: {
      task: async () => {
        try {
          await getService(strapi, 'nightly').runOnce();
        } catch (error) {
          strapi.log.error(`[backups] nightly backup failed: ${(error as Error).message}`);
        }
      },
      options: { rule: dailyRule(config.at), tz: 'Asia/Shanghai' },
    },
  });
};

export const destroy = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.cron.remove(NIGHTLY_JOB);
};
