import type { Core } from '@strapi/strapi';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { bootstrap } from './bootstrap';
import { config } from './config';
import { contentTypes } from './content-types';
import { controllers } from './controllers';
import { CALLBACKS_MIGRATIONS } from './migrations';
import { routes } from './routes';
import { services } from './services';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    getRecordsService(strapi, 'migrations').add('callbacks', CALLBACKS_MIGRATIONS);
  },
  bootstrap,
  destroy() {},
  config,
  contentTypes,
  controllers,
  routes,
  services,
  policies: {},
  middlewares: {},
};

export { getService } from './utils/get-service';
export type { CallbackFigureRow, CallbackRule, FigureGranularity } from '@wuyedesk/contracts';
