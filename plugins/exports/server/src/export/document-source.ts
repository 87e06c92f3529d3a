import type { Core, UID } from '@strapi/strapi';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { keysetPasses } from './keyset';
import type { RowSource, RowSourceInput } from './row-source';
import { SORTABLE_TYPES } from './table-plan';

const isPostgres = (strapi: Core.Strapi) => /^(pg|postgres)/.test(String(strapi.db.connection.client.config.client));

/**
 * The default row source: the register's content type through Strapi's document service (the
 * same filter translation the list's `find` uses), the actor's row scope ANDed on
 * (`access.scoped`, so whatever the records core hides — other departments, confidential
 * archives — is hidden here too), read in keyset batches.
 */
export const documentSource = (strapi: Core.Strapi): RowSource => ({
  async *batches({ register, actor, query, columns, batchSize, signal }: RowSourceInput) {
    const access = getRecordsService(strapi, 'access');
    const wanted = query.sort ?? { field: register.defaultSort.field, order: register.defaultSort.order };
    const sortField = register.fields.some((f) => f.name === wanted.field && SORTABLE_TYPES.has(f.type)) ? wanted.field : 'id';
    const scalar = columns.filter((c) => c.field.type !== 'relation' && c.field.type !== 'media').map((c) => c.field.name);
    const fields = [...new Set(['id', 'documentId', ...scalar, ...(sortField === 'id' ? [] : [sortField])])];
    const populate: Record<string, unknown> = {};
    for (const c of columns) {
      if (c.field.type === 'relation') populate[c.field.name] = { fields: c.titleFields ?? ['documentId'] };
      if (c.field.type === 'media') populate[c.field.name] = { fields: ['name'] };
    }
    const documents = strapi.documents(register.uid as UID.CollectionType);
    for (const pass of keysetPasses({ field: sortField, order: wanted.order, nullsFirstAscending: !isPostgres(strapi) })) {
      let last: Record<string, unknown> | null = null;
      for (;;) {
        if (signal.aborted) return;
        const parts = [query.filters, pass.where, last ? pass.after(last) : undefined].filter(
          (p): p is Record<string, unknown> => !!p && Object.keys(p).length > 0,
        );
        const filters = access.scoped(register, actor, parts.length > 1 ? { $and: parts } : parts[0]);
        const rows = (await documents.findMany({
          filters,
          sort: pass.sort,
          limit: batchSize,
          fields,
          populate,
        } as Parameters<typeof documents.findMany>[0])) as unknown as Array<Record<string, unknown>>;
        if (!rows.length) break;
        yield rows;
        if (rows.length < batchSize) break;
        last = rows[rows.length - 1];
      }
    }
  },
});
