import type { Core, UID } from '@strapi/strapi';
import type { RegisterDescription } from '@wuyedesk/contracts';
import type { Knex } from 'knex';
import type { ExportColumn } from '../xlsx/columns';
import type { ExportQuery } from './row-source';

/** Fields the list may sort by; any other sort falls back to id (as the document source does). */
export const SORTABLE_TYPES = new Set(['string', 'integer', 'decimal', 'money', 'date', 'datetime', 'boolean', 'enum', 'phone', 'email']);

/** Column types read straight from the register's table; json, media and to-many relations are not. */
const PLAIN_TYPES = new Set([...SORTABLE_TYPES, 'text', 'idcard']);

interface JoinTable {
  name: string;
  joinColumn: { name: string; referencedColumn: string };
  inverseJoinColumn: { name: string; referencedColumn: string };
}

interface AttributeMeta {
  type: string;
  columnName?: string;
  relation?: string;
  target?: string;
  joinTable?: JoinTable;
}

interface ModelMeta {
  tableName: string;
  attributes: Record<string, AttributeMeta>;
}

/** One query for a whole export, and how to turn its rows into the records the writer expects. */
export interface TablePlan {
  /** The SELECT (knex builder, not run): the register's table, a LEFT JOIN per relation column, the filters, the order. */
  query: Knex.QueryBuilder;
  /** A database row (aliased columns) as a record keyed by field name, relations as objects with their title fields (reuses the row). */
  toRecord: (row: Record<string, unknown>) => Record<string, unknown>;
}

const modelOf = (strapi: Core.Strapi, uid: string): ModelMeta | undefined =>
  (strapi.db.metadata as unknown as { get(uid: string): ModelMeta | undefined }).get(uid);

const columnOf = (model: ModelMeta, field: string): string | undefined => {
  const attribute = model.attributes[field];
  if (!attribute || attribute.type === 'relation') return undefined;
  return attribute.columnName ?? field;
};

/**
 * Plans the export of a content-type register as one SQL query, or answers null when a column
 * needs what a single row cannot carry (to-many relations, media, json): the document source
 * handles those registers. Filters go through Strapi's own filter translation and query builder
 * (the same SQL the list's `find` runs), compiled once into an `id IN (…)` subquery; the actor's
 * row scope must already be ANDed onto `filters`.
 */
export const planTableExport = ({
  strapi,
  register,
  columns,
  filters,
  sort,
}: {
  strapi: Core.Strapi;
  register: RegisterDescription;
  columns: ExportColumn[];
  filters: Record<string, unknown> | undefined;
  sort: ExportQuery['sort'];
}): TablePlan | null => {
  const model = modelOf(strapi, register.uid);
  if (!model || register.store) return null;
  const knex = strapi.db.connection;
  const select: Record<string, string> = { id: 'r.id' };
  const joins: Array<(q: Knex.QueryBuilder) => void> = [];
  const relations: Array<{ field: string; idAlias: string; titles: Array<{ field: string; alias: string }> }> = [];

  for (const [index, column] of columns.entries()) {
    const name = column.field.name;
    if (PLAIN_TYPES.has(column.field.type)) {
      const dbColumn = columnOf(model, name);
      if (!dbColumn) return null;
      select[name] = `r.${dbColumn}`;
      continue;
    }
    if (column.field.type !== 'relation') return null;
    const attribute = model.attributes[name];
    const join = attribute?.joinTable;
    if (!attribute?.target || !join || (attribute.relation !== 'manyToOne' && attribute.relation !== 'oneToOne')) return null;
    const target = modelOf(strapi, attribute.target);
    if (!target) return null;
    const link = `l${index}`;
    const related = `j${index}`;
    const titles: Array<{ field: string; alias: string }> = [];
    for (const field of column.titleFields ?? ['documentId']) {
      const dbColumn = columnOf(target, field);
      if (!dbColumn) return null;
      const alias = `${name}__${field}`;
      select[alias] = `${related}.${dbColumn}`;
      titles.push({ field, alias });
    }
    const idAlias = `${name}__id`;
    select[idAlias] = `${related}.id`;
    relations.push({ field: name, idAlias, titles });
    joins.push((q) =>
      q
        .leftJoin(`${join.name} as ${link}`, `${link}.${join.joinColumn.name}`, `r.${join.joinColumn.referencedColumn}`)
        .leftJoin(`${target.tableName} as ${related}`, `${related}.${join.inverseJoinColumn.referencedColumn}`, `${link}.${join.inverseJoinColumn.name}`),
    );
  }

  const wanted = sort ?? { field: register.defaultSort.field, order: register.defaultSort.order };
  const sortable = register.fields.some((f) => f.name === wanted.field && SORTABLE_TYPES.has(f.type)) && columnOf(model, wanted.field);
  const sortColumn = sortable ? `r.${columnOf(model, wanted.field)}` : 'r.id';

  const query = knex({ r: model.tableName }).select(select);
  joins.forEach((join) => join(query));
  if (filters && Object.keys(filters).length) {
    const queryParams = strapi.get('query-params') as { transform(uid: string, params: unknown): { where?: unknown } };
    const { where } = queryParams.transform(register.uid, { filters });
    const ids = strapi.db.queryBuilder(register.uid as UID.Schema).select('id').where(where as Record<string, unknown>).getKnexQuery();
    query.whereIn('r.id', ids);
  }
  // The list's order; ties by id. NULLs land where the database puts them, as in the list.
  query.orderBy([{ column: sortColumn, order: wanted.order }, ...(sortColumn === 'r.id' ? [] : [{ column: 'r.id', order: wanted.order }])]);

  // The database row becomes the record in place (scalars are already aliased by field name): one
  // object less per row, which at a million rows is garbage the server need not make.
  const toRecord = (row: Record<string, unknown>): Record<string, unknown> => {
    for (const relation of relations) {
      if (row[relation.idAlias] === null || row[relation.idAlias] === undefined) {
        row[relation.field] = null;
        continue;
      }
      const related: Record<string, unknown> = {};
      for (const title of relation.titles) related[title.field] = row[title.alias];
      row[relation.field] = related;
    }
    return row;
  };
  return { query, toRecord };
};
