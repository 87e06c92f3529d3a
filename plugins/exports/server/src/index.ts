import type { Core } from '@strapi/strapi';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { bootstrap, destroy } from './bootstrap';
import { EXPORTS_MIGRATIONS } from './migrations';
import { config } from './config';
import { controllers } from './controllers';
import { routes } from './routes';
import { services } from './services';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    getRecordsService(strapi, 'migrations').add('exports', EXPORTS_MIGRATIONS);
  },
  bootstrap,
  destroy,
  config,
  contentTypes: {},
  controllers,
  routes,
  services,
  policies: {},
  middlewares: {},
};

export { getService } from './utils/get-service';
export type { RowSource, RowSourceInput, ExportQuery } from './export/row-source';
export type { ExportColumn } from './xlsx/columns';
export { exportJobStore } from './jobs/store';
export type { ExportJob, ExportJobRequest } from './jobs/store';
export type { ExportReadyListener } from './services/jobs';
