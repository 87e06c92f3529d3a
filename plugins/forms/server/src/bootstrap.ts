import type { Core } from '@strapi/strapi';
import { FORM_ENTRY_STORE, ROLE_KEYS } from '@wuyedesk/contracts';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { ROUTE_ACTIONS } from './routes';
import { getService } from './utils/get-service';

/**
 * Form types join the records registry as a source (read per request against a version stamp,
 * so every instance sees a new form at once) and their entries as a store — the records core's
 * `RecordStore`, so lists, exports, deadlines and callbacks read them as they read any register;
 * the app's role sync, which runs after this, grants the forms routes to every office role.
 */
export const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const registry = getRecordsService(strapi, 'registry');
  registry.addSource(() => getService(strapi, 'form-types').registers());
  registry.addStore(FORM_ENTRY_STORE, getService(strapi, 'entries'));
  getRecordsService(strapi, 'roles').grant(ROLE_KEYS, ROUTE_ACTIONS);
  await getService(strapi, 'form-types').ensureAllIndexes();
};
