import type { Core } from '@strapi/strapi';
import { BUILT_IN_REGISTERS } from '@wuyedesk/contracts';
import { ensureIndexes } from './indexes';
import { getService } from './utils/get-service';

export const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'numbering').ensureTable();
  await ensureIndexes(strapi, BUILT_IN_REGISTERS);
};
