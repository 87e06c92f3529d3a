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
    const migrations = getService(strapi, 'migrations');
    migrations.add('records', RECORDS_MIGRATIONS);
    // Right after Strapi's own schema sync and before any plugin's bootstrap, whatever the plugin
    // order: every plugin's tables exist before anything reads them (README "Migrations").
    strapi.hook('strapi::content-types.afterSync').register(async () => {
      await migrations.run();
    });
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
export { localeOf } from './factories/controller';
export { throughTheDoor } from './door';
export { seededBeforeMigrations, MIGRATIONS_TABLE } from './migrations';
export type { Migration, MigrationContext, MigrationRecord } from './migrations';
export type { Actor } from './services/access';
export type { StepInput } from './services/history';
export type { RecordEvent, RecordEventListener, RecordValues } from './services/events';
export { ConflictError, ForbiddenError, NotFoundError, ValidationError, fieldValidationError } from './errors';
export { assertValidQuery, assertNoQuery, requestData } from './validation/query';
export type { RecordStore, StoreFilters, StoreListQuery, StorePage } from './stores/record-store';
export { DOCUMENT_STORE } from './stores/record-store';
