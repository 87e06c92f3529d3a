import type { Knex } from 'knex';
import type { FieldDescription } from '@wuyedesk/contracts';

export const TYPES_TABLE = 'wd_form_types';
export const VERSIONS_TABLE = 'wd_form_versions';
export const ENTRIES_TABLE = 'wd_form_entries';

export type Dialect = 'sqlite' | 'postgres';
export const dialectOf = (knex: Knex): Dialect => (/^(pg|postgres)/.test(String(knex.client.config.client)) ? 'postgres' : 'sqlite');

/*
 * The three tables are plain knex tables, not Strapi content types: Strapi's schema sync drops
 * indexes it did not declare on the tables it manages, and entries live on expression indexes
 * created at publish time. Times are epoch milliseconds (bigint), one representation on both
 * databases. The tables are made by this plugin's migrations (migrations/).
 */

/** Form values compared as numbers; everything else as the JSON text (ISO dates sort as text). */
const NUMERIC = new Set(['money', 'integer', 'decimal']);
export const isNumericField = (field: FieldDescription) => NUMERIC.has(field.type);

/**
 * The SQL expression of one form field. Index and query MUST use the very same text: the
 * planners match index expressions structurally. Field names are validated keys
 * (^[a-z][A-Za-z0-9_]*$), so they are safe to inline.
 */
export const fieldExpression = (dialect: Dialect, field: FieldDescription): string => {
  if (!/^[a-z][A-Za-z0-9_]{0,39}$/.test(field.name)) throw new Error(`Unsafe field name ${field.name}`);
  if (dialect === 'sqlite') return `json_extract(data, '$.${field.name}')`;
  return isNumericField(field) ? `((data->>'${field.name}')::numeric)` : `(data->>'${field.name}')`;
};

/** The partial-index predicate and the query's matching condition: the key is a validated literal. */
export const formKeyCondition = (formKey: string): string => {
  if (!/^[a-z][a-z0-9-]{1,39}$/.test(formKey)) throw new Error(`Unsafe form key ${formKey}`);
  return `form_key = '${formKey}'`;
};

/** Short and stable: PostgreSQL cuts identifiers at 63 bytes. */
const hash = (text: string) => {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h.toString(36);
};

export const indexName = (formKey: string, field: FieldDescription) =>
  `wd_fe_${hash(`${formKey}:${field.name}:${field.type}`)}_${field.name.slice(0, 30)}`.toLowerCase();

/**
 * One partial expression index per filterable field of a form type, over that form type's rows
 * only: another form type may store different kinds of values under the same key (imported
 * definitions), and a numeric cast over its rows would fail. Sorting by the field uses it too.
 */
export const ensureFieldIndexes = async (knex: Knex, formKey: string, fields: FieldDescription[]) => {
  const dialect = dialectOf(knex);
  for (const field of fields) {
    const sql = `create index if not exists ${indexName(formKey, field)} on ${ENTRIES_TABLE} (${fieldExpression(dialect, field)}, created_at) where ${formKeyCondition(formKey)}`;
    try {
      await knex.raw(sql);
    } catch (error) {
      // Two instances publishing at once: PostgreSQL may report the other's concurrent create.
      const exists = dialect === 'postgres'
        ? ((await knex.raw('select 1 from pg_indexes where indexname = ?', [indexName(formKey, field)])) as { rows: unknown[] }).rows.length > 0
        : false;
      if (!exists) throw error;
    }
  }
};
