import type { Core } from '@strapi/strapi';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { bootstrap, destroy } from './bootstrap';
import { config } from './config';
import { OUTBOX_MIGRATIONS } from './migrations';
import { services } from './services';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    getRecordsService(strapi, 'migrations').add('outbox', OUTBOX_MIGRATIONS);
  },
  bootstrap,
  destroy,
  config,
  contentTypes: {},
  controllers: {},
  routes: {},
  services,
  policies: {},
  middlewares: {},
};

export { getService } from './utils/get-service';
export type { EnqueueInput } from './services/outbox';
export type { SendReport } from './services/sender';
export type { QuietHours } from './quiet-hours';
export type { MailAttachment } from './digest';
