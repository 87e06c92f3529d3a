import type { Core } from '@strapi/strapi';
import { STEP_UID } from './content-types/step';
import { ForbiddenError } from './errors';

const refuse = () => {
  throw new ForbiddenError('审计日志只能由系统写入，不能修改或删除', { code: 'AUDIT_LOG_IMMUTABLE' });
};

/**
 * The audit trail is append-only. No route edits or deletes a step; this refuses it at the
 * database layer too, for every caller that goes through Strapi's query engine — the document
 * service, the Strapi admin's content manager, another plugin. Only inserts pass.
 */
export const guardAuditTrail = (strapi: Core.Strapi) => {
  strapi.db.lifecycles.subscribe({
    models: [STEP_UID],
    beforeUpdate: refuse,
    beforeUpdateMany: refuse,
    beforeDelete: refuse,
    beforeDeleteMany: refuse,
  });
};
