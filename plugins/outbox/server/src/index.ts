import { bootstrap, destroy } from './bootstrap';
import { config } from './config';
import { services } from './services';

export default {
  register() {},
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
