import { bootstrap, destroy } from './bootstrap';
import { config } from './config';
import { contentTypes } from './content-types';
import { controllers } from './controllers';
import { routes } from './routes';
import { services } from './services';

export default {
  register() {},
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
