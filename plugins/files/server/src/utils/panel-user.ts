import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

/** The signed-in panel user (users-permissions) of the request being served, if any. */
export const panelUser = (strapi: Core.Strapi): { userId: number; ctx: Context } | null => {
  const ctx = strapi.requestContext.get() as Context | undefined;
  const strategy = (ctx?.state?.auth as { strategy?: { name?: string } } | undefined)?.strategy?.name;
  const user = ctx?.state?.user as { id?: unknown } | undefined;
  return ctx && strategy === 'users-permissions' && typeof user?.id === 'number' ? { userId: user.id, ctx } : null;
};
