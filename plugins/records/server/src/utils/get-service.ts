import type { Core } from '@strapi/strapi';
import type { services } from '../services';

type Services = typeof services;
export type ServiceName = keyof Services;
export type Service<N extends ServiceName> = ReturnType<Services[N]>;

/** Typed access to this plugin's services, for this plugin and for the plugins built on it. */
export const getService = <N extends ServiceName>(strapi: Core.Strapi, name: N): Service<N> =>
  strapi.plugin('records').service(name) as Service<N>;
