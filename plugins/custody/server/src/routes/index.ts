import type { Core } from '@strapi/strapi';
import { getConfig } from '../utils/get-service';

export const routes = {
  /** Test-only (fake-clock count scheduling), registered at load time only when config.testRoutes. */
  test: ({ strapi }: { strapi: Core.Strapi }) => ({
    type: 'content-api',
    routes: getConfig(strapi).testRoutes
      ? [{ method: 'POST' as const, path: '/test/schedule-counts', handler: 'test-hooks.scheduleCounts', config: { auth: false as const } }]
      : [],
  }),
};
