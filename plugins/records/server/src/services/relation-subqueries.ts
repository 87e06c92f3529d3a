import type { Core, UID } from '@strapi/strapi';

type Filters = Record<string, unknown>;

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

interface RelationAttribute {
  type: 'relation';
  relation: string;
  target?: string;
  joinTable?: JoinTable;
}

const isPlain = (value: unknown): value is Filters =>
  !!value && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

const GROUPS = new Set(['$and', '$or']);

/**
 * Strapi's document service deep-clones filters (lodash cloneDeep in convertFiltersQueryParams)
 * before its query layer sees them. A knex query cloned that way drags a copy of the connection
 * pool along; an object whose prototype IS the query clones to another such object (cloneDeep
 * copies own properties only), which is still a knex query to Strapi's `isKnexQuery` and reads
 * every property from the original.
 */
export const surviveCloning = <T extends object>(query: T): T => Object.create(query) as T;

/**
 * Rewrites filters through a to-one relation kept in a link table — `{ department: { documentId:
 * { $eq: x } } }`, the department heads' row scope and the panel's relation columns — into
 * `{ id: { $in: (select record from link where target in (select id from target where …)) } }`.
 * Strapi compiles the first form as a LEFT JOIN over both tables with SELECT DISTINCT and
 * count(DISTINCT id), which reads the whole table to count one department's rows (1 s at 1M
 * complaints); the subquery is answered from the link table's index on the target column, and
 * without a join the count is a plain count. Same rows: a to-one link has at most one target
 * row per record. Anything else is left for Strapi to compile as before.
 */
export const relationsAsSubqueries = (strapi: Core.Strapi, uid: string, filters: unknown): unknown => {
  if (Array.isArray(filters)) return filters.map((f) => relationsAsSubqueries(strapi, uid, f));
  if (!isPlain(filters)) return filters;
  // A register kept outside a content type (form types) has no table of its own here.
  if (!strapi.db.metadata.has(uid)) return filters;
  const meta = strapi.db.metadata.get(uid as UID.Schema);
  const out: Filters = {};
  const ids: unknown[] = [];
  for (const [key, value] of Object.entries(filters)) {
    if (GROUPS.has(key) && Array.isArray(value)) {
      out[key] = value.map((f) => relationsAsSubqueries(strapi, uid, f));
      continue;
    }
    if (key === '$not') {
      out[key] = relationsAsSubqueries(strapi, uid, value);
      continue;
    }
    const attribute = meta.attributes[key] as RelationAttribute | undefined;
    const subquery = attribute?.type === 'relation' ? linkSubquery(strapi, attribute, value) : null;
    if (subquery) ids.push(subquery);
    else out[key] = value;
  }
  if (ids.length === 0) return out;
  const conditions = ids.map((q) => ({ id: { $in: surviveCloning(q as object) } }));
  if (Object.keys(out).length === 0 && conditions.length === 1) return conditions[0];
  return { $and: [...(Object.keys(out).length ? [out] : []), ...conditions] };
};

/** Only conditions on the target's own columns: a nested relation stays a join, as before. */
const onOwnColumns = (strapi: Core.Strapi, target: string, where: unknown): boolean => {
  if (!isPlain(where) || Object.keys(where).length === 0 || !strapi.db.metadata.has(target)) return false;
  const meta = strapi.db.metadata.get(target as UID.Schema);
  return Object.entries(where).every(([key, value]) => {
    if (GROUPS.has(key)) return Array.isArray(value) && value.every((v) => onOwnColumns(strapi, target, v));
    if (key.startsWith('$')) return false;
    const attribute = meta.attributes[key] as { type?: string } | undefined;
    return key === 'id' || (!!attribute && attribute.type !== 'relation' && attribute.type !== 'component');
  });
};

const linkSubquery = (strapi: Core.Strapi, attribute: RelationAttribute, where: unknown) => {
  const { joinTable, target } = attribute;
  const toOne = attribute.relation === 'manyToOne' || attribute.relation === 'oneToOne';
  if (!toOne || !joinTable || !target || !onOwnColumns(strapi, target, where)) return null;
  const targets = strapi.db.entityManager
    .createQueryBuilder(target as UID.Schema)
    .select('id')
    .where(where as Record<string, unknown>)
    .getKnexQuery();
  return strapi.db
    .connection(joinTable.name)
    .select(joinTable.joinColumn.name)
    .whereIn(joinTable.inverseJoinColumn.name, targets);
};
