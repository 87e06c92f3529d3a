import type { Core } from '@strapi/strapi';
import { getConfig, getService } from './utils/get-service';

export const MONTHLY_REPORT_JOB = 'wuyedesk-monthly-report';

export const bootstrap = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = getConfig(strapi);
  if (!config.monthlyReportEnabled) return;
  // Fires on every instance (strapi/strapi#15634): the outbox's unique keys make the mail go once.
  strapi.cron.add({
    [MONTHLY_REPORT_JOB]: {
      task: async () => {
        try {
          await getService(strapi, 'monthlyReport').runOnce();
        } catch (error) {
          strapi.log.error(`[exports] monthly report failed: ${(error as Error).message}`);
        }
      },
      options: { rule: config.monthlyReportRule },
    },
  });
};

export const destroy = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.cron.remove(MONTHLY_REPORT_JOB);
};
