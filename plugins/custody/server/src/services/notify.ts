import type { Core } from '@strapi/strapi';
import type { Capability } from '@wuyedesk/contracts';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { getConfig } from '../utils/get-service';

const USER_UID = 'plugin::users-permissions.user';

/** The outbox plugin's enqueue (plugins/outbox/server/src/services/outbox.ts). */
interface Outbox {
  enqueue(input: { key: string; to: string; subject: string; text: string; urgent?: boolean }): Promise<{ queued: boolean }>;
}

/** '2026-11-24 10:30' on the Shanghai clock. */
export const formatShanghai = (value: unknown): string => {
  const at = value ? new Date(String(value)) : null;
  return at && !Number.isNaN(at.getTime()) ? new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : '—';
};

/**
 * Mail from the ledger: addresses of a role's active users, and one outbox row per recipient,
 * written in the caller's transaction with an idempotency key (the same report is never sent twice).
 */
export const notify = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Addresses of the active users whose role holds the capability (keys.alerts: overdue and missing keys). */
  async holderAddresses(capability: Capability): Promise<string[]> {
    const roles = getRecordsService(strapi, 'capabilities').rolesHolding(capability);
    if (!roles.length) return [];
    const users = (await strapi.db.query(USER_UID).findMany({
      where: { role: { type: { $in: roles } }, blocked: false },
      select: ['email'],
    })) as Array<{ email: string | null }>;
    return users.map((u) => u.email).filter((e): e is string => Boolean(e));
  },

  link(pluralName: string, documentId: string): string {
    return `${getConfig(strapi).publicUrl.replace(/\/$/, '')}/${pluralName}/show/${documentId}`;
  },

  /** Queues one mail per distinct address under `${key}:${address}`; returns the addresses. */
  async send({ key, to, subject, text, urgent }: { key: string; to: Array<string | null | undefined>; subject: string; text: string; urgent?: boolean }) {
    const addresses = [...new Set(to.filter((e): e is string => Boolean(e)).map((e) => e.trim().toLowerCase()))].sort();
    const outbox = strapi.plugin('outbox').service('outbox') as Outbox;
    for (const address of addresses) {
      await outbox.enqueue({ key: `${key}:${address}`, to: address, subject, text, urgent });
    }
    if (!addresses.length) strapi.log.warn(`[custody] nobody to notify: ${subject}`);
    return addresses;
  },
});
