import type { Core } from '@strapi/strapi';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { getConfig, getService } from './utils/get-service';

export const COUNT_JOB = 'wuyedesk-count-scheduler';

const scheduleCounts = async (strapi: Core.Strapi) => {
  try {
    await getService(strapi, 'counts').schedule();
  } catch (error) {
    strapi.log.error(`[custody] scheduling counts failed: ${(error as Error).message}`);
  }
};

export const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const events = getRecordsService(strapi, 'events');
  events.on((event) => getService(strapi, 'loans').onEvent(event));
  events.on((event) => getService(strapi, 'counts').onEvent(event));
  const config = getConfig(strapi);
  if (!config.countSchedulerEnabled) return;
  // Every instance runs it (strapi/strapi#15634); the unique slot keeps each count single.
  strapi.server.httpServer.once('listening', () => void scheduleCounts(strapi));
  strapi.cron.add({ [COUNT_JOB]: { task: () => scheduleCounts(strapi), options: { rule: config.countSchedulerRule } } });
};

export const destroy = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.cron.remove(COUNT_JOB);
};
