import type { Core } from '@strapi/strapi';
import { CALLBACK_RULE_EDITORS, CALLBACK_RULE_READERS } from '@wuyedesk/contracts';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { getService } from './utils/get-service';

export const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const roles = getRecordsService(strapi, 'roles');
  roles.grant(CALLBACK_RULE_READERS, ['plugin::callbacks.figures.find', 'plugin::callbacks.rules.find']);
  roles.grant(CALLBACK_RULE_EDITORS, ['plugin::callbacks.rules.create', 'plugin::callbacks.rules.update']);
  getRecordsService(strapi, 'events').on((event) => getService(strapi, 'tasks').onEvent(event));
};
