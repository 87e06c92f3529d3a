import { seededBeforeMigrations, type MigrationContext } from '@wuyedesk/plugin-records';
import { CALLBACK_DEADLINE_POLICY } from '../seed/default-rules';
import { getService } from '../utils/get-service';

const DEADLINE_POLICY_UID = 'plugin::deadlines.policy';

/**
 * The office's callback rules (docs/callbacks.md) and the overdue-callback deadline policy, once.
 * After the deadlines seed (020): that one adds its defaults only to an empty policy table. A
 * database seeded before migrations (its HFSEED claim row) has them already.
 */
export const seedCallbackRules = {
  name: '2026-12-04-030-seed-callback-rules',
  async up({ knex, strapi }: MigrationContext) {
    if (await seededBeforeMigrations(knex, 'HFSEED')) return;
    if ((await getService(strapi, 'rules').count()) === 0) await getService(strapi, 'rules').seedDefaults();
    if ((await strapi.db.query(DEADLINE_POLICY_UID).count({ where: { register: 'callback' } })) === 0) {
      await strapi.db.query(DEADLINE_POLICY_UID).create({ data: CALLBACK_DEADLINE_POLICY });
    }
  },
};
