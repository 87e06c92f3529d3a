import { bootstrap } from './bootstrap';
import { contentTypes } from './content-types';
import { controllers } from './controllers';
import { routes } from './routes';
import { services } from './services';

export default {
  register() {},
  bootstrap,
  destroy() {},
  config: { default: {}, validator() {} },
  contentTypes,
  controllers,
  routes,
  services,
  policies: {},
  middlewares: {},
};

export { getService } from './utils/get-service';
export type { Actor } from './services/access';
export type { RecordEvent, RecordEventListener, RecordValues } from './services/events';
export { ConflictError, fieldValidationError } from './errors';
