import type { Core, UID } from '@strapi/strapi';
import { DEPARTMENT_KEY, hasDepartmentKey, type RegisterDescription } from '@wuyedesk/contracts';

/**
 * The department scope at a million rows. A record's department is a Strapi relation, kept in a
 * link table; filtering on it means `id in (select … from the link table)`, which the database
 * can only answer by collecting every id of the department and sorting them (40 ms for 18k rows,
 * growing with the data). So each register with a `department` relation also carries the
 * department's id in a column of its own (`departmentKey`, private to the API), indexed together
 * with every index the register asks for: a department head's first page is read in index order
 * like anyone else's.
 *
 * The database keeps the column in step: triggers on the link table set it whenever Strapi
 * writes the relation, in the same transaction, whatever the door (the records core, a seed, a
 * restore, raw SQL). A changed relation is a delete and an insert of link rows in either order;
 * the delete clears the column only if it still names the removed department.
 */

interface LinkTable {
  table: string;
  link: string;
  record: string;
  department: string;
}

const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

const clientOf = (strapi: Core.Strapi) => {
  const client = String(strapi.db.connection.client.config.client);
  return client.includes('postgres') || client === 'pg' ? 'postgres' : 'sqlite';
};

const linkOf = (strapi: Core.Strapi, register: RegisterDescription): LinkTable | null => {
  if (!hasDepartmentKey(register) || !strapi.db.metadata.has(register.uid)) return null;
  const meta = strapi.db.metadata.get(register.uid as UID.Schema);
  const relation = meta.attributes.department as {
    joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
  };
  if (!relation?.joinTable) return null;
  return {
    table: meta.tableName,
    link: relation.joinTable.name,
    record: relation.joinTable.joinColumn.name,
    department: relation.joinTable.inverseJoinColumn.name,
  };
};

const column = 'department_key';

const backfill = (l: LinkTable) =>
  `update ${q(l.table)} set ${q(column)} = (select ${q(l.department)} from ${q(l.link)} where ${q(l.link)}.${q(l.record)} = ${q(l.table)}."id" limit 1)`;

const ensureSqlite = async (strapi: Core.Strapi, l: LinkTable) => {
  const knex = strapi.db.connection;
  const name = (suffix: string) => `wd_${l.link}_dk_${suffix}`.slice(0, 63);
  const found = (await knex.raw(`select name from sqlite_master where type = 'trigger' and name in (?, ?, ?)`, [
    name('ai'),
    name('au'),
    name('ad'),
  ])) as unknown[];
  if (found.length === 3) return;
  const set = (row: 'new' | 'old') =>
    `update ${q(l.table)} set ${q(column)} = ${row}.${q(l.department)} where "id" = ${row}.${q(l.record)}`;
  await knex.transaction(async (trx) => {
    for (const suffix of ['ai', 'au', 'ad']) await trx.raw(`drop trigger if exists ${q(name(suffix))}`);
    await trx.raw(`create trigger ${q(name('ai'))} after insert on ${q(l.link)} begin ${set('new')}; end`);
    await trx.raw(`create trigger ${q(name('au'))} after update on ${q(l.link)} begin ${set('new')}; end`);
    await trx.raw(
      `create trigger ${q(name('ad'))} after delete on ${q(l.link)} begin update ${q(l.table)} set ${q(column)} = null ` +
        `where "id" = old.${q(l.record)} and ${q(column)} = old.${q(l.department)}; end`,
    );
    await trx.raw(backfill(l));
  });
};

const ensurePostgres = async (strapi: Core.Strapi, l: LinkTable) => {
  const knex = strapi.db.connection;
  const fn = `wd_${l.link}_dk`.slice(0, 60);
  const found = await knex.raw(`select 1 from pg_trigger where tgname = ? and not tgisinternal`, [fn]);
  if ((found as { rows: unknown[] }).rows.length) return;
  // Instances starting together: one creates the trigger and fills the column, the others wait.
  await knex.transaction(async (trx) => {
    await trx.raw(`select pg_advisory_xact_lock(hashtext(?))`, [fn]);
    const again = await trx.raw(`select 1 from pg_trigger where tgname = ? and not tgisinternal`, [fn]);
    if ((again as { rows: unknown[] }).rows.length) return;
    await trx.raw(
      `create or replace function ${q(fn)}() returns trigger language plpgsql as $$ begin ` +
        `if tg_op = 'DELETE' then ` +
        `update ${q(l.table)} set ${q(column)} = null where "id" = old.${q(l.record)} and ${q(column)} = old.${q(l.department)}; ` +
        `else update ${q(l.table)} set ${q(column)} = new.${q(l.department)} where "id" = new.${q(l.record)}; end if; ` +
        `return null; end $$`,
    );
    await trx.raw(
      `create trigger ${q(fn)} after insert or update or delete on ${q(l.link)} for each row execute function ${q(fn)}()`,
    );
    await trx.raw(backfill(l));
  });
};

/** Creates the triggers where missing (and then fills the column from the link table). Idempotent. */
export const ensureDepartmentKeys = async (strapi: Core.Strapi, registers: readonly RegisterDescription[]) => {
  for (const register of registers) {
    const link = linkOf(strapi, register);
    if (!link) continue;
    if (clientOf(strapi) === 'postgres') await ensurePostgres(strapi, link);
    else await ensureSqlite(strapi, link);
  }
};

type Filters = Record<string, unknown>;

const isPlain = (value: unknown): value is Filters =>
  !!value && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** `{ documentId: { $eq: x } }` or `{ documentId: x }`: the one department the condition names. */
const namedDocumentId = (where: unknown): string | null => {
  if (!isPlain(where) || Object.keys(where).length !== 1 || !('documentId' in where)) return null;
  const value = where.documentId;
  if (typeof value === 'string') return value;
  if (isPlain(value) && Object.keys(value).length === 1 && typeof value.$eq === 'string') return value.$eq;
  return null;
};

/**
 * Rewrites `department: { documentId: { $eq: x } }` — the department heads' row scope, the
 * panel's 责任部门 filter — into `departmentKey: { $eq: <id> }`, wherever it stands in the
 * filters' $and/$or/$not. A department that does not exist matches nothing, as before.
 */
export const departmentKeyFilters = async (
  strapi: Core.Strapi,
  register: RegisterDescription,
  filters: unknown,
): Promise<unknown> => {
  if (!linkOf(strapi, register)) return filters;
  const ids = new Map<string, number | null>();
  const idOf = async (documentId: string) => {
    if (!ids.has(documentId)) {
      const row = (await strapi.db
        .query('api::department.department' as UID.Schema)
        .findOne({ select: ['id'], where: { documentId } })) as { id: number } | null;
      ids.set(documentId, row?.id ?? null);
    }
    return ids.get(documentId) ?? null;
  };
  const walk = async (node: unknown): Promise<unknown> => {
    if (Array.isArray(node)) return Promise.all(node.map(walk));
    if (!isPlain(node)) return node;
    const out: Filters = {};
    for (const [key, value] of Object.entries(node)) {
      const documentId = key === 'department' ? namedDocumentId(value) : null;
      if (documentId !== null) {
        const id = await idOf(documentId);
        out[DEPARTMENT_KEY] = id === null ? { $in: [] } : { $eq: id };
      } else if (key === '$and' || key === '$or' || key === '$not') {
        out[key] = await walk(value);
      } else {
        out[key] = value;
      }
    }
    return out;
  };
  return walk(filters);
};
