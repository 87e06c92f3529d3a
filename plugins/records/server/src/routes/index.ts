import type { Core } from '@strapi/strapi';
import { recordStepRegister } from '@wuyedesk/contracts';

const AUDIT_PATH = `/${recordStepRegister.pluralName}`;

export const routes = {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/me', handler: 'session.me', config: {} },
      { method: 'GET', path: '/registers', handler: 'session.registers', config: {} },
      { method: 'GET', path: '/users', handler: 'users.find', config: {} },
      { method: 'GET', path: '/capabilities', handler: 'capabilities.find', config: {} },
      { method: 'PUT', path: '/capabilities', handler: 'capabilities.update', config: {} },
    ],
  },
  /**
   * Test-only probes, built when Strapi registers routes and only if config.testRoutes
   * (WUYEDESK_TEST_ROUTES): in production they do not exist, so routing answers 404.
   */
  test: ({ strapi }: { strapi: Core.Strapi }) => ({
    type: 'content-api',
    routes: (strapi.config.get('plugin::records') as { testRoutes?: boolean } | undefined)?.testRoutes
      ? [
          { method: 'POST', path: '/test/alter-step', handler: 'audit-test-hooks.alter', config: { auth: false } },
          { method: 'POST', path: '/test/side-doors', handler: 'audit-test-hooks.sideDoors', config: { auth: false } },
          { method: 'POST', path: '/test/account', handler: 'account-test-hooks.upsert', config: { auth: false } },
        ]
      : [],
  }),
  /**
   * 审计日志 at /api/record-steps, where the panel looks for every register (its pluralName):
   * reads only — no route creates, edits or deletes a step.
   */
  audit: {
    type: 'content-api',
    prefix: '',
    routes: [
      { method: 'GET', path: AUDIT_PATH, handler: 'step.find', config: {} },
      { method: 'GET', path: `${AUDIT_PATH}/:id`, handler: 'step.findOne', config: {} },
    ],
  },
};
