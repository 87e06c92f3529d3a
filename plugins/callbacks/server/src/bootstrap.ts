import type { Core } from '@strapi/strapi';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { CALLBACK_DEADLINE_POLICY } from './seed/default-rules';
import { samplingStore } from './store';
import { getService } from './utils/get-service';

const DEADLINE_POLICY_UID = 'plugin::deadlines.policy';

/**
 * Seeds the DOMAIN rules and the overdue-callback deadline policy once; the claim is a counter
 * row in the same transaction (as the deadlines plugin does), so of several instances only one seeds.
 */
const seedOnce = (strapi: Core.Strapi) =>
  strapi.db.transaction(async () => {
    const claim = await getRecordsService(strapi, 'numbering').reserve({ prefix: 'HFSEED', day: '00000000', count: 1 });
    if (claim !== 1) return;
    if ((await getService(strapi, 'rules').count()) === 0) await getService(strapi, 'rules').seedDefaults();
    if ((await strapi.db.query(DEADLINE_POLICY_UID).count({ where: { register: 'callback' } })) === 0) {
      await strapi.db.query(DEADLINE_POLICY_UID).create({ data: CALLBACK_DEADLINE_POLICY });
    }
  });

export const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await samplingStore(strapi.db.connection).ensureTable();
  await seedOnce(strapi);
  const roles = getRecordsService(strapi, 'roles');
  roles.grantCapability('callback-rules.read', ['plugin::callbacks.figures.find', 'plugin::callbacks.rules.find']);
  roles.grantCapability('callback-rules.edit', ['plugin::callbacks.rules.create', 'plugin::callbacks.rules.update']);
  getRecordsService(strapi, 'events').on((event) => getService(strapi, 'tasks').onEvent(event));
};
