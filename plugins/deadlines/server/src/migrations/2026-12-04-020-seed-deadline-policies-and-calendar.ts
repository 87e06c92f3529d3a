import { seededBeforeMigrations, type MigrationContext } from '@wuyedesk/plugin-records';
import { getService } from '../utils/get-service';

/**
 * The office's deadline policies (docs/deadlines.md) and this year's working calendar, once; an
 * administrator edits them afterwards and a deleted one is not added back. A database seeded
 * before migrations (its DLSEED claim row) has them already.
 */
export const seedDeadlinePoliciesAndCalendar = {
  name: '2026-12-04-020-seed-deadline-policies-and-calendar',
  async up({ knex, strapi }: MigrationContext) {
    if (await seededBeforeMigrations(knex, 'DLSEED')) return;
    if ((await getService(strapi, 'policies').count()) === 0) await getService(strapi, 'policies').seedDefaults();
    await getService(strapi, 'calendar').seedDefault();
  },
};
