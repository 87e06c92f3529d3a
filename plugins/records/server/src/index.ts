import type { Core } from '@strapi/strapi';
import { bootstrap } from './bootstrap';
import { RECORDS_MIGRATIONS } from './migrations';
import { contentTypes } from './content-types';
import { controllers } from './controllers';
import { routes } from './routes';
import { services } from './services';
import { getService } from './utils/get-service';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    getService(strapi, 'migrations').add('records', RECORDS_MIGRATIONS);
  },
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

export { getService };
export { seededBeforeMigrations, MIGRATIONS_TABLE } from './migrations';
export type { Migration, MigrationContext, MigrationRecord } from './migrations';
export type { Actor } from './services/access';
export type { StepInput } from './services/history';
export type { RecordEvent, RecordEventListener, RecordValues } from './services/events';
export { ConflictError, ForbiddenError, NotFoundError, ValidationError, fieldValidationError } from './errors';
