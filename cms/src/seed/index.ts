import type { Core } from '@strapi/strapi';
import { getService, seededBeforeMigrations, type Actor, type Migration } from '@wuyedesk/plugin-records';
import { seedDemoArchives } from './demo-archives';
import { seedDemoRecords } from './demo-records';
import { createRandom } from './random';
import { seedReference } from './reference-data';
import { DEMO_USERS, seedUsers } from './users';

/** demo: reference data, users and a few hundred records; minimal: no records (tests); none. */
export type SeedMode = 'demo' | 'minimal' | 'none';

export const seedMode = (): SeedMode => {
  const mode = process.env.WUYEDESK_SEED ?? 'demo';
  if (mode === 'demo' || mode === 'minimal' || mode === 'none') return mode;
  throw new Error(`WUYEDESK_SEED must be demo, minimal or none (got "${mode}")`);
};

/**
 * The office's starting data (reference data, users, and in demo mode four months of records), as
 * the app's data migration: run once per database and recorded in `wuyedesk_migrations`, in one
 * transaction with its record, so of several instances starting together only one seeds and a
 * failed seed rolls back whole. After every plugin's bootstrap: the demo records need the
 * deadline and callback listeners. A database seeded before migrations has the SEED claim row.
 */
export const SEED_MIGRATION_NAME = '2026-12-04-050-seed-office-data';

const seedOfficeData = (mode: 'demo' | 'minimal', seeded: { done: boolean }): Migration => ({
  name: SEED_MIGRATION_NAME,
  async up({ knex, strapi }) {
    if (await seededBeforeMigrations(knex, 'SEED')) return;
    const random = createRandom(20261124);
    const reference = await seedReference(strapi, random);
    const userIds = await seedUsers(strapi, reference.departments);
    seeded.done = true;
    if (mode !== 'demo') return;
    const actor = (username: string): Actor => {
      const user = DEMO_USERS.find((u) => u.username === username)!;
      return {
        id: userIds[username], username, name: user.fullName, role: user.role,
        departmentId: user.department ? reference.departments[user.department] : null,
      };
    };
    await seedDemoRecords(strapi, random, reference, {
      staff: actor('staff'), deptHead: actor('dept-head'), supervisor: actor('supervisor'),
    });
    await seedDemoArchives(strapi, random, reference, {
      staff: actor('staff'), supervisor: actor('supervisor'), director: actor('director'), admin: actor('admin'),
    });
    // Four months of replayed records are history, not news: their old deadlines are
    // marked passed without a flood of escalation mail on a newcomer's first start.
    const scheduler = strapi.plugin('deadlines')?.service('scheduler') as
      | { catchUpSilently: (o?: { now?: Date }) => Promise<number> }
      | undefined;
    await scheduler?.catchUpSilently();
  },
});

/** Seeds a database that has not been seeded (mode `none`: nothing, and a later start may seed). */
export const seedOnce = async (strapi: Core.Strapi, mode: SeedMode): Promise<boolean> => {
  if (mode === 'none') return false;
  const seeded = { done: false };
  const migrations = getService(strapi, 'migrations');
  migrations.add('app', [seedOfficeData(mode, seeded)]);
  await migrations.run();
  return seeded.done;
};
