import type { Core } from '@strapi/strapi';
import { getConfig, getService } from './utils/get-service';

export const SENDER_JOB = 'wuyedesk-outbox-sender';

export const bootstrap = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = getConfig(strapi);
  if (!config.senderEnabled) return;
  // Every instance runs the sender; leases in the database keep them from sending a row twice.
  strapi.cron.add({
    [SENDER_JOB]: {
      task: async () => {
        try {
          await getService(strapi, 'sender').sendOnce();
        } catch (error) {
          strapi.log.error(`[outbox] sender pass failed: ${(error as Error).message}`);
        }
      },
      options: { rule: config.senderRule },
    },
  });
};

export const destroy = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.cron.remove(SENDER_JOB);
};
