import { seededBeforeMigrations, type MigrationContext } from '@wuyedesk/plugin-records';
import { RETURN_POLICY } from '../seed/return-policy';

/** The deadlines plugin's policy service, as this migration uses it (plugins reach each other through services). */
interface DeadlinePolicies {
  exists(input: { register: string; clock: string }): Promise<boolean>;
  add(seed: typeof RETURN_POLICY): Promise<unknown>;
}

/**
 * The archive loans' return clock (docs/archives.md), once, after the deadlines seed (020), which
 * seeds its defaults only into an empty table. An administrator may then edit or deactivate it;
 * it is not added back. A database that had it before migrations shows the ARCHIVESEED claim row.
 */
export const seedArchiveLoanReturnPolicy = {
  name: '2026-12-04-040-seed-archive-loan-return-policy',
  async up({ knex, strapi }: MigrationContext) {
    const policies = strapi.plugin('deadlines')?.service('policies') as DeadlinePolicies | undefined;
    if (!policies || (await seededBeforeMigrations(knex, 'ARCHIVESEED'))) return;
    if (!(await policies.exists({ register: RETURN_POLICY.register, clock: RETURN_POLICY.clock }))) await policies.add(RETURN_POLICY);
  },
};
