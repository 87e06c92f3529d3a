import type { Core } from '@strapi/strapi';

export default async function globalTeardown() {
  const state = (globalThis as unknown as { __WUYEDESK__?: { strapi: Core.Strapi; drop: () => Promise<void> } }).__WUYEDESK__;
  if (!state) return;
  await state.strapi.destroy();
  await state.drop();
}
