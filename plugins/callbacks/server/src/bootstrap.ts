import type { Core } from '@strapi/strapi';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { getService } from './utils/get-service';

export const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const roles = getRecordsService(strapi, 'roles');
  roles.grantCapability('callback-rules.read', ['plugin::callbacks.figures.find', 'plugin::callbacks.rules.find']);
  roles.grantCapability('callback-rules.edit', ['plugin::callbacks.rules.create', 'plugin::callbacks.rules.update']);
  getRecordsService(strapi, 'events').on((event) => getService(strapi, 'tasks').onEvent(event));
};
