import type { Core } from '@strapi/strapi';
import { FORM_ENTRY_STORE, ROLE_KEYS, type RegisterDescription } from '@wuyedesk/contracts';
import { getService as getRecordsService, type Actor } from '@wuyedesk/plugin-records';
import { ROUTE_ACTIONS } from './routes';
import { errors } from '@strapi/utils';
import { buildListQuery, QueryError } from './query/list-query';
import { dialectOf } from './tables';
import { getService } from './utils/get-service';

/** What the exports plugin hands a row source (its RowSourceInput, the part used here). */
interface ExportInput {
  register: RegisterDescription;
  actor: Actor;
  query: { filters?: Record<string, unknown> };
  batchSize: number;
}

/**
 * Form types join the records registry as a source (read per request against a version stamp,
 * so every instance sees a new form at once) and their entries as a store; the app's role sync,
 * which runs after this, grants the forms routes to every office role.
 */
export const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const registry = getRecordsService(strapi, 'registry');
  registry.addSource(() => getService(strapi, 'form-types').registers());
  registry.addStore(FORM_ENTRY_STORE, getService(strapi, 'entries'));
  getRecordsService(strapi, 'roles').grant(ROLE_KEYS, ROUTE_ACTIONS);
  // 导出Excel of a form type's table: the exports plugin reads entries through this store's batches.
  const exportSources = strapi.plugin('exports')?.service('sources') as
    | {
        registerStore(
          store: string,
          source: {
            batches(input: ExportInput): AsyncIterable<Array<Record<string, unknown>>>;
            validate(input: Pick<ExportInput, 'register' | 'query'>): void;
          },
        ): void;
      }
    | undefined;
  exportSources?.registerStore(FORM_ENTRY_STORE, {
    batches: ({ register, actor, query, batchSize }) =>
      getService(strapi, 'entries').readBatches({ register, actor, filters: query.filters, batchSize }),
    // The list's own checks (unknown field or operator → 400 with the form's message).
    validate: ({ register, query }) => {
      try {
        buildListQuery({ register, query: { filters: query.filters }, dialect: dialectOf(strapi.db.connection) });
      } catch (error) {
        if (error instanceof QueryError) throw new errors.ValidationError(error.message, { code: error.code });
        throw error;
      }
    },
  });
  await getService(strapi, 'form-types').ensureAllIndexes();
};
