import type { Core } from '@strapi/strapi';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { bootstrap, destroy } from './bootstrap';
import { config } from './config';
import { contentTypes } from './content-types';
import { DEADLINES_MIGRATIONS } from './migrations';
import { controllers } from './controllers';
import { routes } from './routes';
import { services } from './services';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    getRecordsService(strapi, 'migrations').add('deadlines', DEADLINES_MIGRATIONS);
  },
  bootstrap,
  destroy,
  config,
  contentTypes,
  controllers,
  routes,
  services,
  policies: {},
  middlewares: {},
};

export { getService } from './utils/get-service';
export type { FiredStep, RunOptions } from './services/scheduler';
// For plugins built on deadlines (callbacks): the same condition matcher and due-time engine.
export { conditionHolds } from './rules/match';
export type { Condition } from './rules/types';
export { addDuration, type DeadlineUnit, type WorkingCalendar } from './engine';
export { formatShanghai } from './rules/messages';
