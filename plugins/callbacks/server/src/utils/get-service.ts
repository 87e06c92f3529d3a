import type { Core } from '@strapi/strapi';
import type { CallbacksConfig } from '../config';
import type { services } from '../services';

type Services = typeof services;
export type ServiceName = keyof Services;
export type Service<N extends ServiceName> = ReturnType<Services[N]>;

/** Typed access to the callbacks plugin's services (the statistics export calls 'figures'). */
export const getService = <N extends ServiceName>(strapi: Core.Strapi, name: N): Service<N> =>
  strapi.plugin('callbacks').service(name) as Service<N>;

export const getConfig = (strapi: Core.Strapi): CallbacksConfig =>
  strapi.config.get('plugin::callbacks') as CallbacksConfig;
