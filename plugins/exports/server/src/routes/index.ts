import type { Core } from '@strapi/strapi';
import { getConfig } from '../utils/get-service';

/**
 * Content-API routes. The actions are granted to every signed-in role by the records core's role
 * sync; the controllers then check the register's read permission (exports) or the role
 * (statistics), so who may export is always who may read.
 */
const noPrefix = { prefix: '' };

export const routes = {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET' as const, path: '/exports/:plural.xlsx', handler: 'exports.download', config: noPrefix },
      // Background exports (large lists): the user's own only.
      { method: 'GET' as const, path: '/exports/jobs', handler: 'export-jobs.find', config: noPrefix },
      { method: 'GET' as const, path: '/exports/jobs/:id/file', handler: 'export-jobs.file', config: noPrefix },
      { method: 'POST' as const, path: '/exports/:plural/jobs', handler: 'export-jobs.create', config: noPrefix },
      { method: 'GET' as const, path: '/statistics', handler: 'statistics.find', config: noPrefix },
      { method: 'GET' as const, path: '/statistics/workbook.xlsx', handler: 'statistics.workbook', config: noPrefix },
      { method: 'GET' as const, path: '/statistics/monthly-report', handler: 'statistics.reportSettings', config: noPrefix },
      { method: 'PUT' as const, path: '/statistics/monthly-report', handler: 'statistics.reportSettings', config: noPrefix },
    ],
  },
  /** Test-only, registered at load time only when config.testRoutes: a monthly-report pass at a fake time. */
  test: ({ strapi }: { strapi: Core.Strapi }) => ({
    type: 'content-api',
    routes: getConfig(strapi).testRoutes
      ? [{ method: 'POST' as const, path: '/test/monthly-report', handler: 'test-hooks.monthlyReport', config: { auth: false as const } }]
      : [],
  }),
};
