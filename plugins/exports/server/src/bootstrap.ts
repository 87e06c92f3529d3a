import type { Core } from '@strapi/strapi';

export const bootstrap = (_: { strapi: Core.Strapi }) => {};

export const destroy = (_: { strapi: Core.Strapi }) => {};
