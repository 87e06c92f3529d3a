import type { Core } from '@strapi/strapi';
import { BUILT_IN_REGISTERS } from '@wuyedesk/contracts';
import { guardAuditTrail } from './audit-guard';
import { guardRegisterWrites } from './door';
import { ensureIndexes } from './indexes';
import { ensureDepartmentKeys } from './services/department-key';
import { ensureSearchIndexes } from './services/search';
import { getService } from './utils/get-service';

export const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureIndexes(strapi, BUILT_IN_REGISTERS);
  await ensureSearchIndexes(strapi, BUILT_IN_REGISTERS);
  await ensureDepartmentKeys(strapi, BUILT_IN_REGISTERS);
  guardAuditTrail(strapi);
  guardRegisterWrites(strapi);
  await getService(strapi, 'capabilities').fresh();
  getService(strapi, 'roles').grantCapability('capabilities.edit', ['plugin::records.capabilities.find', 'plugin::records.capabilities.update']);
  // A record newly marked 机密 (or no longer) takes its history, and its loans' history, along.
  getService(strapi, 'events').on(async (event) => {
    const rule = event.register.confidential;
    if (event.type !== 'updated' || !rule || !('field' in rule) || !event.changed.includes(rule.field)) return;
    const registers = await getService(strapi, 'registry').list();
    await getService(strapi, 'history').remark({
      register: event.register,
      documentId: event.record.documentId,
      registers,
    });
  });
};
