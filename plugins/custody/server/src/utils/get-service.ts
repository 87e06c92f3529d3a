import type { Core } from '@strapi/strapi';
import type { CustodyConfig } from '../config';
import type { services } from '../services';

type Services = typeof services;
export type ServiceName = keyof Services;
export type Service<N extends ServiceName> = ReturnType<Services[N]>;

/** Typed access to the custody plugin's services. */
export const getService = <N extends ServiceName>(strapi: Core.Strapi, name: N): Service<N> =>
  strapi.plugin('custody').service(name) as Service<N>;

export const getConfig = (strapi: Core.Strapi): CustodyConfig => strapi.config.get('plugin::custody') as CustodyConfig;
