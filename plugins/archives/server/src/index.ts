import { bootstrap } from './bootstrap';
import { services } from './services';

export default {
  register() {},
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
