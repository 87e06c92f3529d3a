export { registerController, localeOf } from './controller';
export { registerRouter, registerActionRoutes } from './routes';
export { registerService } from './service';
export { toStrapiSchema, toStrapiAttribute } from './strapi-schema';
