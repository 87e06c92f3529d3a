import type { Core } from '@strapi/strapi';
import { ROLE_KEYS } from '@wuyedesk/contracts';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { getConfig, getService } from './utils/get-service';

export const MONTHLY_REPORT_JOB = 'wuyedesk-monthly-report';

/** Every role that may export may run a large export in the background (the controller checks the register). */
const JOB_ACTIONS = ['plugin::exports.export-jobs.create', 'plugin::exports.export-jobs.find', 'plugin::exports.export-jobs.file'];

export const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const config = getConfig(strapi);
  getRecordsService(strapi, 'roles').grant(ROLE_KEYS, JOB_ACTIONS);
  getService(strapi, 'jobs').startRunner();
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

export const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'jobs').stopRunner();
  strapi.cron.remove(MONTHLY_REPORT_JOB);
};
