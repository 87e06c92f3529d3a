import type { Core } from '@strapi/strapi';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { bootstrap } from './bootstrap';
import { controllers } from './controllers';
import { FORMS_MIGRATIONS } from './migrations';
import { routes } from './routes';
import { services } from './services';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    getRecordsService(strapi, 'migrations').add('forms', FORMS_MIGRATIONS);
  },
  bootstrap,
  destroy() {},
  config: { default: {}, validator() {} },
  contentTypes: {},
  controllers,
  routes,
  services,
  policies: {},
  middlewares: {},
};

export { getService } from './utils/get-service';
export { buildListQuery } from './query/list-query';
