import type { Core } from '@strapi/strapi';
import { isRoleKey } from '@wuyedesk/contracts';
import type { NotifyTarget } from '../rules/types';

const USER_UID = 'plugin::users-permissions.user';

type Related = { email?: string | null; name?: string | null } | null | undefined;

/**
 * Mail addresses for a notify target: a role's active users (a role key: 'supervisor'…), the
 * record's department mailbox ('department-head'), its assignee falling back to the department
 * ('assignee'), the address in one of the record's fields ('field:requesterEmail'), or a literal address.
 */
export const recipients = ({ strapi }: { strapi: Core.Strapi }) => ({
  async resolve({ notify, record }: { notify: NotifyTarget; record: Record<string, unknown> }): Promise<string[]> {
    const department = record.department as Related;
    const assignee = record.assignee as Related;
    let found: Array<string | null | undefined> = [];
    if (isRoleKey(notify)) {
      const users = (await strapi.db.query(USER_UID).findMany({
        where: { role: { type: notify }, blocked: false },
        select: ['email'],
      })) as Array<{ email: string | null }>;
      found = users.map((u) => u.email);
    } else if (notify === 'department-head') {
      found = [department?.email];
    } else if (notify === 'assignee') {
      found = [assignee?.email || department?.email];
    } else if (notify.startsWith('field:')) {
      const value = record[notify.slice('field:'.length)];
      found = [typeof value === 'string' && value.includes('@') ? value : null];
    } else if (notify.includes('@')) {
      found = [notify];
    }
    return [...new Set(found.filter((e): e is string => Boolean(e)).map((e) => e.trim().toLowerCase()))].sort();
  },
});
