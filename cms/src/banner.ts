import type { Core } from '@strapi/strapi';
import { isAdminUiOn } from './admin-api';
import { DEMO_USERS, demoPassword } from './seed/users';

const USER_UID = 'plugin::users-permissions.user';

/** The demo accounts that still sign in with the demo password (none once people changed them). */
export const demoAccountsInForce = async (strapi: Core.Strapi): Promise<string[]> => {
  const users = strapi.plugin('users-permissions').service('user') as {
    validatePassword: (password: string, hash: string) => Promise<boolean>;
  };
  const rows = (await strapi.db.query(USER_UID).findMany({
    where: { username: { $in: DEMO_USERS.map((u) => u.username) }, blocked: { $ne: true } },
    select: ['username', 'password'],
  })) as Array<{ username: string; password: string | null }>;
  const inForce: string[] = [];
  for (const row of rows) if (row.password && (await users.validatePassword(demoPassword(), row.password))) inForce.push(row.username);
  return inForce;
};

/**
 * What `npm start` prints once the port is open: the address, and — loudly — whether the
 * published demo password still opens accounts here, so nobody runs real work on it unknowingly.
 */
export const printBanner = async (strapi: Core.Strapi) => {
  const port = strapi.config.get<number>('server.port');
  const url = process.env.WUYEDESK_PUBLIC_URL || `http://localhost:${port}`;
  const inForce = await demoAccountsInForce(strapi);
  const shown = process.env.WUYEDESK_DEMO_PASSWORD ? '$WUYEDESK_DEMO_PASSWORD' : demoPassword();
  const lines = [
    '',
    '  WuyeDesk 物业客服台 is running',
    `  Panel and API: ${url}   (REST under ${url}/api)`,
    isAdminUiOn(strapi)
      ? `  Strapi admin UI: ${url}/admin (SERVE_ADMIN_PANEL=true)`
      : '  Strapi admin UI and admin API: off (SERVE_ADMIN_PANEL=true turns them on)',
    ...(inForce.length
      ? [
          `  DEMO PASSWORDS IN FORCE (${shown}): anyone who read the README can sign in as`,
          ...DEMO_USERS.filter((u) => inForce.includes(u.username)).map((u) => `    ${u.username.padEnd(11)} ${u.fullName}`),
          '  Change them, or start on an empty database (WUYEDESK_SEED=none), before real use.',
        ]
      : ['  No account signs in with the demo password.']),
    '',
  ];
  strapi.log.info(lines.join('\n'));
};
