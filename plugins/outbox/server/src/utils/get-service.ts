import type { Core } from '@strapi/strapi';
import type { services } from '../services';
import type { OutboxConfig } from '../config';

type Services = typeof services;
export type ServiceName = keyof Services;
export type Service<N extends ServiceName> = ReturnType<Services[N]>;

/** Typed access to the outbox's services, for this plugin and the plugins that send mail. */
export const getService = <N extends ServiceName>(strapi: Core.Strapi, name: N): Service<N> =>
  strapi.plugin('outbox').service(name) as Service<N>;

export const getConfig = (strapi: Core.Strapi): OutboxConfig => strapi.config.get('plugin::outbox') as OutboxConfig;
