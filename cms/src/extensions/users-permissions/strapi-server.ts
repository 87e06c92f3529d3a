import { DEPARTMENT_UID } from '@wuyedesk/contracts';
import { withAuthCache, type PluginWithServices } from './auth-cache';
import { loginAttemptContentType, loginLimit } from './login-limit';

interface PluginWithUser extends PluginWithServices {
  contentTypes: { user: { schema: { attributes: Record<string, unknown> } } } & Record<string, unknown>;
  middlewares: Record<string, unknown>;
}

/** Account details no colleague needs when a record names its 受理人 or 处理人. */
const PRIVATE_ACCOUNT_FIELDS = ['email', 'provider', 'confirmed', 'blocked'];

/**
 * Staff accounts carry a display name (shown on records and in mails) and a department:
 * a department head sees their own department's work. Populating a user on a record shows
 * only who it is, not their account (e-mail addresses stay on the server, which sends mail).
 */
export = (plugin: PluginWithUser) => {
  const attributes = plugin.contentTypes.user.schema.attributes;
  for (const name of PRIVATE_ACCOUNT_FIELDS) {
    attributes[name] = { ...(attributes[name] as Record<string, unknown>), private: true };
  }
  Object.assign(attributes, {
    fullName: { type: 'string', maxLength: 50 },
    phone: { type: 'string', maxLength: 30 },
    department: { type: 'relation', relation: 'manyToOne', target: DEPARTMENT_UID },
  });
  // The login limit counts per account and per address, in the database (login-limit.ts).
  plugin.contentTypes['login-attempt'] = loginAttemptContentType;
  plugin.middlewares.rateLimit = loginLimit;
  return withAuthCache(plugin);
};
