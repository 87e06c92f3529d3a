import { bootstrap } from './bootstrap';
import { contentTypes } from './content-types';
import { controllers } from './controllers';
import { routes } from './routes';
import { services } from './services';

export default {
  register() {},
  bootstrap,
  destroy() {},
  /** testRoutes: /api/records/test/* for the integration tests; never in production. */
  config: { default: { testRoutes: false }, validator() {} },
  contentTypes,
  controllers,
  routes,
  services,
  policies: {},
  middlewares: {},
};

export { getService } from './utils/get-service';
export { localeOf } from './factories/controller';
export { throughTheDoor } from './door';
export type { Actor } from './services/access';
export type { StepInput } from './services/history';
export type { RecordEvent, RecordEventListener, RecordValues } from './services/events';
export { ConflictError, ForbiddenError, NotFoundError, ValidationError, fieldValidationError } from './errors';
export { assertValidQuery, assertNoQuery, requestData } from './validation/query';
export type { RecordStore, StoreFilters, StoreListQuery, StorePage } from './stores/record-store';
export { DOCUMENT_STORE } from './stores/record-store';
