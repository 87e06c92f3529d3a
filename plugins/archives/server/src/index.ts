import type { Core } from '@strapi/strapi';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { bootstrap } from './bootstrap';
import { ARCHIVES_MIGRATIONS } from './migrations';
import { services } from './services';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    getRecordsService(strapi, 'migrations').add('archives', ARCHIVES_MIGRATIONS);
  },
  bootstrap,
  destroy() {},
  config: { default: {}, validator() {} },
  contentTypes: {},
  controllers: {},
  routes: {},
  services,
  policies: {},
  middlewares: {},
};

export { getService } from './utils/get-service';
