import type { Core, UID } from '@strapi/strapi';
import type { RegisterDescription } from '@wuyedesk/contracts';

/**
 * The list's first page as bare SQL through knex — the page of rows in the default order and
 * the total — with no REST, permissions, sanitising, populate or JSON: the floor the HTTP
 * figures are compared with.
 */
export const bareFirstPage = (strapi: Core.Strapi, register: RegisterDescription) => {
  const meta = strapi.db.metadata.get(register.uid as UID.Schema);
  const sortColumn = (meta.attributes[register.defaultSort.field] as { columnName?: string }).columnName ?? register.defaultSort.field;
  const knex = strapi.db.connection;
  return async () => {
    await knex(meta.tableName).select('*').orderBy(sortColumn, register.defaultSort.order).limit(20);
    await knex(meta.tableName).count({ count: '*' });
  };
};
