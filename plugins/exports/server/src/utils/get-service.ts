import type { Core } from '@strapi/strapi';
import type { ExportsConfig } from '../config';
import type { services } from '../services';

type Services = typeof services;
export type ServiceName = keyof Services;
export type Service<N extends ServiceName> = ReturnType<Services[N]>;

/** Typed access to the exports plugin's services. */
export const getService = <N extends ServiceName>(strapi: Core.Strapi, name: N): Service<N> =>
  strapi.plugin('exports').service(name) as Service<N>;

export const getConfig = (strapi: Core.Strapi): ExportsConfig => strapi.config.get('plugin::exports') as ExportsConfig;
