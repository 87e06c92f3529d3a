import { bootstrap } from './bootstrap';
import { controllers } from './controllers';
import { routes } from './routes';
import { services } from './services';

export default {
  register() {},
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
