import { DEPARTMENT_UID } from '@wuyedesk/contracts';

interface PluginWithUser {
  contentTypes: { user: { schema: { attributes: Record<string, unknown> } } };
}

/**
 * Staff accounts carry a display name (shown on records and in mails) and a department:
 * a department head sees their own department's work.
 */
export = (plugin: PluginWithUser) => {
  Object.assign(plugin.contentTypes.user.schema.attributes, {
    fullName: { type: 'string', maxLength: 50 },
    phone: { type: 'string', maxLength: 30 },
    department: { type: 'relation', relation: 'manyToOne', target: DEPARTMENT_UID },
  });
  return plugin;
};
