import type { Core } from '@strapi/strapi';
import type { services } from '../services';
import type { BackupsConfig } from '../config';

type Services = typeof services;
export type ServiceName = keyof Services;
export type Service<N extends ServiceName> = ReturnType<Services[N]>;

/** Typed access to the backups plugin's services. */
export const getService = <N extends ServiceName>(strapi: Core.Strapi, name: N): Service<N> =>
  strapi.plugin('backups').service(name) as Service<N>;

export const getConfig = (strapi: Core.Strapi): BackupsConfig => strapi.config.get('plugin::backups') as BackupsConfig;
