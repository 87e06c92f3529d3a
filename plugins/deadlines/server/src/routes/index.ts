import type { Core } from '@strapi/strapi';
import { getConfig } from '../utils/get-service';

/** Test-only routes (fake-clock passes): registered only when config.testRoutes, at load time. */
const test = (method: 'GET' | 'POST', path: string, action: string) => ({
  method, path: `/test/${path}`, handler: `test-hooks.${action}`, config: { auth: false as const },
});

/** 时限设置 (holders of deadline-settings.edit; granted in bootstrap.ts through the records core's role sync). */
const settings = (method: 'GET' | 'POST' | 'PUT', path: string, action: string) => ({
  method, path: `/settings/${path}`, handler: `settings.${action}`, config: {},
});

export const SETTINGS_ACTIONS = [
  'findPolicies', 'createPolicy', 'updatePolicy', 'findCalendar', 'updateCalendar', 'findQuietHours', 'updateQuietHours',
].map((action) => `plugin::deadlines.settings.${action}`);

export const routes = {
  'content-api': {
    type: 'content-api',
    routes: [
      // Granted to every signed-in role (records' roles service); rows follow the actor's scope.
      { method: 'GET' as const, path: '/overdue', handler: 'overdue.find', config: {} },
      settings('GET', 'policies', 'findPolicies'),
      settings('POST', 'policies', 'createPolicy'),
      settings('PUT', 'policies/:id', 'updatePolicy'),
      settings('GET', 'calendar', 'findCalendar'),
      settings('PUT', 'calendar', 'updateCalendar'),
      settings('GET', 'quiet-hours', 'findQuietHours'),
      settings('PUT', 'quiet-hours', 'updateQuietHours'),
    ],
  },
  /** Routers given as functions are built when Strapi registers routes: absent in production, 404 by routing. */
  test: ({ strapi }: { strapi: Core.Strapi }) => ({
    type: 'content-api',
    routes: getConfig(strapi).testRoutes
      ? [
          test('POST', 'run-once', 'runOnce'),
          test('POST', 'drain', 'drain'),
          test('POST', 'send-mail', 'sendMail'),
          test('GET', 'clocks', 'clocks'),
          test('GET', 'outbox', 'outbox'),
        ]
      : [],
  }),
};
