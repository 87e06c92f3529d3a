import type { Core } from '@strapi/strapi';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { keysetPasses } from './keyset';
import type { RowSource, RowSourceInput } from './row-source';

/** Values a keyset can continue after: scalars (a relation or a file has no order of its own). */
const SORTABLE_TYPES = new Set(['string', 'integer', 'decimal', 'money', 'date', 'datetime', 'boolean', 'enum', 'phone', 'email']);
/** The stores answer at most this many rows a page. */
const PAGE = 100;

const isPostgres = (strapi: Core.Strapi) => /^(pg|postgres)/.test(String(strapi.db.connection.client.config.client));

/**
 * Any register's rows through the records core's store interface (`registry.storeOf`): the
 * actor's row scope ANDed on (`access.scoped`), read in keyset batches in the list's order. It
 * serves every store the exporter has no faster reader for — today the designed form types —
 * so an export of a form type sees exactly the rows and filters its list sees.
 */
export const storeSource = (strapi: Core.Strapi): RowSource => ({
  async *batches({ register, actor, query, batchSize, signal }: RowSourceInput) {
    const store = getRecordsService(strapi, 'registry').storeOf(register);
    const access = getRecordsService(strapi, 'access');
    const wanted = query.sort ?? { field: register.defaultSort.field, order: register.defaultSort.order };
    const sortable = register.fields.some((f) => f.name === wanted.field && SORTABLE_TYPES.has(f.type) && (f.filterable !== false || f.managed));
    const sortField = sortable ? wanted.field : 'id';
    const limit = Math.min(PAGE, Math.max(1, batchSize));
    for (const pass of keysetPasses({ field: sortField, order: wanted.order, nullsFirstAscending: !isPostgres(strapi) })) {
      let last: Record<string, unknown> | null = null;
      for (;;) {
        if (signal.aborted) return;
        const parts = [query.filters, pass.where, last ? pass.after(last) : undefined].filter(
          (p): p is Record<string, unknown> => !!p && Object.keys(p).length > 0,
        );
        const filters = access.scoped(register, actor, parts.length > 1 ? { $and: parts } : parts[0]);
        const { results } = await store.findMany({ register, query: { filters, sort: pass.sort, pagination: { start: 0, limit } } });
        if (!results.length) break;
        yield results as Array<Record<string, unknown>>;
        if (results.length < limit) break;
        last = results[results.length - 1];
      }
    }
  },

  /** The store's own check of the list's filters (an unknown field, a bad operator → 400 before the download starts). */
  async validate({ register, query }) {
    await getRecordsService(strapi, 'registry').storeOf(register).count({ register, filters: query.filters });
  },
});
