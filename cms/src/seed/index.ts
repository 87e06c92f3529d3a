import type { Core } from '@strapi/strapi';
import { getService, type Actor } from '@wuyedesk/plugin-records';
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
 * Seeds an empty database once. The claim is a counter row taken in the same transaction as
 * the data: of several instances starting together on one PostgreSQL only one seeds, and a
 * failed seed rolls back whole, claim included.
 */
export const seedIfEmpty = async (strapi: Core.Strapi, mode: SeedMode): Promise<boolean> => {
  if (mode === 'none') return false;
  return strapi.db.transaction(async () => {
    const claim = await getService(strapi, 'numbering').reserve({ prefix: 'SEED', day: '00000000', count: 1 });
    if (claim !== 1) return false;
    const random = createRandom(20261124);
    const reference = await seedReference(strapi, random);
    const userIds = await seedUsers(strapi, reference.departments);
    if (mode === 'demo') {
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
    }
    return true;
  });
};
