import type { Core } from '@strapi/strapi';
import type { services } from '../services';

type Services = typeof services;
export type ServiceName = keyof Services;
export type Service<N extends ServiceName> = ReturnType<Services[N]>;

/** Typed access to the files plugin's services (the upload extension signs links through it). */
export const getService = <N extends ServiceName>(strapi: Core.Strapi, name: N): Service<N> =>
  strapi.plugin('files').service(name) as Service<N>;
