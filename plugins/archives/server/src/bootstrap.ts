import type { Core } from '@strapi/strapi';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { RETURN_POLICY } from './seed/return-policy';
import { getService } from './utils/get-service';

/** The deadlines plugin's policy service, as this plugin uses it (plugins reach each other through services). */
interface DeadlinePolicies {
  exists(input: { register: string; clock: string }): Promise<boolean>;
  add(seed: typeof RETURN_POLICY): Promise<unknown>;
}

/**
 * Adds the loan return clock once, also to a database that predates it; an administrator may then
 * edit or deactivate it (it is not added back). The claim row makes one instance of several do it.
 */
const seedReturnPolicy = (strapi: Core.Strapi) =>
  strapi.db.transaction(async () => {
    const policies = strapi.plugin('deadlines')?.service('policies') as DeadlinePolicies | undefined;
    if (!policies) return;
    const claim = await getRecordsService(strapi, 'numbering').reserve({
      prefix: 'ARCHIVESEED',
      day: '00000000',
      count: 1,
    });
    if (claim !== 1) return;
    if (!(await policies.exists({ register: RETURN_POLICY.register, clock: RETURN_POLICY.clock })))
      await policies.add(RETURN_POLICY);
  });

export const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  getRecordsService(strapi, 'events').on((event) => getService(strapi, 'guards').onEvent(event));
  await seedReturnPolicy(strapi);
};
