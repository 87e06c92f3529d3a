import { factories } from '@strapi/strapi';
import type { UID } from '@strapi/strapi';
import type { RegisterDescription } from '@wuyedesk/contracts';

/**
 * Records are never deleted (docs/intake.md §1.4): there is no DELETE route, only void/archive actions.
 * A read-only register (the audit log) has no create or update route either.
 */
export const registerRouter = (register: RegisterDescription) =>
  factories.createCoreRouter(register.uid as UID.ContentType, {
    only: register.readOnly ? ['find', 'findOne'] : ['find', 'findOne', 'create', 'update'],
  });

/** Workflow actions and status history, for every register that has a workflow. */
export const registerActionRoutes = (register: RegisterDescription) => ({
  routes: [
    ...(register.workflow
      ? [{ method: 'POST', path: `/${register.pluralName}/:id/actions/:action`, handler: `${register.uid}.act`, config: {} }]
      : []),
    ...(register.readOnly
      ? []
      : [{ method: 'GET', path: `/${register.pluralName}/:id/history`, handler: `${register.uid}.history`, config: {} }]),
  ],
});
