import type { Core } from '@strapi/strapi';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { getService } from './utils/get-service';

export const bootstrap = ({ strapi }: { strapi: Core.Strapi }) => {
  getRecordsService(strapi, 'events').on((event) => getService(strapi, 'guards').onEvent(event));
};
