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
export type { BackupsConfig } from './config';
export type { NightlyReport } from './services/nightly';
