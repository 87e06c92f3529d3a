import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { RegisterDescription } from '@wuyedesk/contracts';
import { surviveCloning } from './relation-subqueries';

/**
 * The quick search box at a million rows: an index over the text of a register's own search
 * fields, kept in step by the database itself, so every write path (REST, document service,
 * content manager, imports, raw SQL) updates it in the same transaction.
 *
 * The indexed text of a row is `\n` + each search field, lower-cased, `\n`-separated + the digits
 * of each phone field + `\n\n`. A query is a substring of that text exactly when today's
 * `$containsi` would match one of the fields (the separator cannot be typed into the box), so
 * results are the same; phone numbers also match by their digits alone ("138 0013-8000",
 * "+86 13800138000").
 *
 * - SQLite: a contentless FTS5 table with the trigram tokenizer, filled by triggers. A query of
 *   3+ characters is a phrase of its trigrams: an exact substring match from the index. For 1–2
 *   characters (two-character Chinese names, "12"): every character of the text starts a
 *   trigram (the text ends in two separators), so the rows containing "晓明" are those with a
 *   trigram starting "晓明" — read from the index's vocabulary (fts5vocab, a range scan) and
 *   OR-ed; past MAX_PREFIX_TERMS distinct trigrams (a one-digit query) the plain scan is used.
 * - PostgreSQL: pg_trgm's GIN index on the same text (an expression index on the table: no
 *   trigger). `LIKE '%q%'` on that expression uses it from 3 characters; for 1–2 characters a
 *   second GIN index on the text's array of characters finds the rows containing every
 *   character of the query, and LIKE checks them.
 * Fields through a relation (`unit.code`) are not in the text: they stay a filter on the small
 * related table, answered through its link table (relation-subqueries.ts).
 */

/** Above this many distinct trigrams a short query is as broad as the table: scanning is cheaper. */
const MAX_PREFIX_TERMS = 400;

interface SearchColumns {
  table: string;
  text: string[];
  phones: string[];
}

const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

const columnsOf = (strapi: Core.Strapi, register: RegisterDescription): SearchColumns | null => {
  if (register.store || !strapi.db.metadata.has(register.uid)) return null;
  const meta = strapi.db.metadata.get(register.uid as UID.Schema) as
    | { tableName: string; attributes: Record<string, { type?: string; columnName?: string }> }
    | undefined;
  if (!meta) return null;
  const own = register.searchFields.filter((f) => !f.includes('.'));
  const columnOf = (name: string) => {
    const attribute = meta.attributes[name];
    if (!attribute || attribute.type === 'relation') return null;
    return attribute.columnName ?? name;
  };
  const text = own.map(columnOf).filter((c): c is string => !!c);
  if (text.length === 0) return null;
  const phones = own
    .filter((name) => register.fields.find((f) => f.name === name)?.type === 'phone')
    .map(columnOf)
    .filter((c): c is string => !!c);
  return { table: meta.tableName, text, phones };
};

const ftsTable = (table: string) => `wd_search_${table}`.slice(0, 63);
const vocabTable = (table: string) => `wd_search_${table}_terms`.slice(0, 63);

/** The indexed text as a SQL expression over `row` (NEW./OLD. in triggers, the table in PostgreSQL). */
const textExpression = (client: 'sqlite' | 'postgres', cols: SearchColumns, row: string) => {
  const col = (c: string) => `coalesce(${row}${q(c)}, '')`;
  const sep = client === 'postgres' ? "E'\\n'" : 'char(10)';
  const digits = (c: string) =>
    client === 'postgres'
      ? `regexp_replace(${col(c)}, '[^0-9]', '', 'g')`
      : // SQLite has no regexp_replace: drop what people put between a phone's digits.
        ['+', '-', ' ', '(', ')', '.', '/'].reduce((expr, ch) => `replace(${expr}, '${ch}', '')`, col(c));
  const parts = [...cols.text.map(col), ...cols.phones.map(digits)];
  return `lower(${sep} || ${parts.join(` || ${sep} || `)} || ${sep} || ${sep})`;
};

const clientOf = (strapi: Core.Strapi): 'sqlite' | 'postgres' => {
  const client = String(strapi.db.config.connection.client);
  return client.includes('postgres') || client === 'pg' ? 'postgres' : 'sqlite';
};

/** Creates the index (and on SQLite its triggers) when missing, and fills it from the rows. */
export const ensureSearchIndexes = async (strapi: Core.Strapi, registers: readonly RegisterDescription[]) => {
  const knex = strapi.db.connection;
  const client = clientOf(strapi);
  if (client === 'postgres') await knex.raw('create extension if not exists pg_trgm');
  for (const register of registers) {
    const cols = columnsOf(strapi, register);
    if (!cols) continue;
    if (client === 'postgres') {
      const expr = textExpression(client, cols, '');
      await knex.raw(
        `create index if not exists ${q(`${ftsTable(cols.table)}_trgm`)} on ${q(cols.table)} using gin ((${expr}) gin_trgm_ops)`,
      );
      await knex.raw(
        `create index if not exists ${q(`${ftsTable(cols.table)}_chars`)} on ${q(cols.table)} using gin (regexp_split_to_array(${expr}, ''))`,
      );
      continue;
    }
    const fts = ftsTable(cols.table);
    const exists = await knex.raw(`select 1 from sqlite_master where type = 'table' and name = ?`, [fts]);
    // The text's definition is part of the trigger: a changed field list rebuilds everything.
    const signature = `${cols.text.join(',')}|${cols.phones.join(',')}`;
    const stored = await knex.raw(`select sql from sqlite_master where type = 'trigger' and name = ?`, [`${fts}_ai`]);
    const upToDate =
      (exists as unknown[]).length > 0 && (stored as Array<{ sql: string }>)[0]?.sql.includes(`/*${signature}*/`);
    if (upToDate) continue;
    for (const suffix of ['ai', 'ad', 'au']) await knex.raw(`drop trigger if exists ${q(`${fts}_${suffix}`)}`);
    await knex.raw(`drop table if exists ${q(vocabTable(cols.table))}`);
    await knex.raw(`drop table if exists ${q(fts)}`);
    await knex.raw(
      `create virtual table ${q(fts)} using fts5(body, tokenize = 'trigram', content = '', contentless_delete = 1)`,
    );
    await knex.raw(`create virtual table ${q(vocabTable(cols.table))} using fts5vocab(${q(fts)}, 'row')`);
    const insert = (row: string) =>
      `insert into ${q(fts)} (rowid, body) values (${row}"id", ${textExpression(client, cols, row)})`;
    await knex.raw(
      `create trigger ${q(`${fts}_ai`)} after insert on ${q(cols.table)} begin /*${signature}*/ ${insert('new.')}; end`,
    );
    await knex.raw(
      `create trigger ${q(`${fts}_ad`)} after delete on ${q(cols.table)} begin delete from ${q(fts)} where rowid = old."id"; end`,
    );
    await knex.raw(
      `create trigger ${q(`${fts}_au`)} after update of ${[...new Set([...cols.text, ...cols.phones, 'id'])].map(q).join(', ')} on ${q(cols.table)} ` +
        `begin delete from ${q(fts)} where rowid = old."id"; ${insert('new.')}; end`,
    );
    await knex.raw(
      `insert into ${q(fts)} (rowid, body) select "id", ${textExpression(client, cols, '')} from ${q(cols.table)}`,
    );
  }
};

/** `%`, `_` and `\` typed into the box are searched for as themselves. */
const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const ftsPhrase = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * What is looked for: the text as typed (lower-cased, as `$containsi` compares), and for
 * something that looks like a phone number its digits alone, without the country code.
 */
export const searchTerms = (input: string): string[] => {
  const text = input.trim().toLowerCase().replace(/\n/g, ' ');
  if (!text) return [];
  const terms = [text];
  if (/^[+\d\s\-().]+$/.test(text) && /\d/.test(text)) {
    let digits = text.replace(/\D/g, '');
    if (text.startsWith('+86') || (digits.startsWith('86') && digits.length > 11)) digits = digits.slice(2);
    if (digits && !terms.includes(digits)) terms.push(digits);
  }
  return terms;
};

export const search = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The ids of the register's rows whose own search fields contain `text`, as a subquery to put
   * under `id: { $in }`; null when the register has no index (form stores, no own fields).
   * Wrapped in an object: a knex query is a thenable, and resolving a promise with it would run it.
   */
  async matchingIds(register: RegisterDescription, text: string): Promise<{ query: Knex.QueryBuilder } | null> {
    const cols = columnsOf(strapi, register);
    const terms = searchTerms(text);
    if (!cols || terms.length === 0) return null;
    const knex = strapi.db.connection;
    const client = clientOf(strapi);
    if (client === 'postgres') {
      const expr = textExpression(client, cols, '');
      return {
        query: knex(cols.table)
          .select('id')
          .where((qb) => {
            for (const term of terms) {
              if ([...term].length >= 3) qb.orWhereRaw(`${expr} like ?`, [`%${likeEscape(term)}%`]);
              else
                qb.orWhereRaw(`(regexp_split_to_array(${expr}, '') @> ?::text[] and ${expr} like ?)`, [
                  [...new Set(term)],
                  `%${likeEscape(term)}%`,
                ]);
            }
          }),
      };
    }
    const fts = ftsTable(cols.table);
    const phrases: string[] = [];
    for (const term of terms) {
      if ([...term].length >= 3) {
        phrases.push(ftsPhrase(term));
        continue;
      }
      // Upper bound of the prefix range: the same prefix with its last code point plus one.
      const chars = [...term];
      const last = chars.pop()!.codePointAt(0)!;
      const upper = chars.join('') + String.fromCodePoint(last + 1);
      const found = (await knex.raw(
        `select term from ${q(vocabTable(cols.table))} where term >= ? and term < ? limit ?`,
        [term, upper, MAX_PREFIX_TERMS + 1],
      )) as Array<{ term: string }>;
      if (found.length > MAX_PREFIX_TERMS) {
        return {
          query: knex(cols.table)
            .select('id')
            .where((qb) => {
              for (const t of terms)
                qb.orWhereRaw(`${textExpression(client, cols, '')} like ? escape '\\'`, [`%${likeEscape(t)}%`]);
            }),
        };
      }
      phrases.push(...found.map((f) => ftsPhrase(f.term)));
    }
    // Nothing can match (a short query no row contains): an empty set, still a subquery.
    if (phrases.length === 0) return { query: knex(cols.table).select('id').whereRaw('1 = 0') };
    return {
      query: knex(fts)
        .select('rowid')
        .whereRaw(`${q(fts)} match ?`, [phrases.join(' OR ')]),
    };
  },

  /**
   * Finds the panel's quick search in a list's filters — an `$or` of `$containsi` with one text
   * over exactly the register's search fields (admin/src/registers/table-columns.ts) — and
   * answers its own-field part from the index; the fields through a relation stay as they are.
   * Any other filter is returned unchanged.
   */
  async indexedQuickSearch(register: RegisterDescription, filters: unknown): Promise<unknown> {
    if (Array.isArray(filters)) return Promise.all(filters.map((f) => this.indexedQuickSearch(register, f)));
    if (!filters || typeof filters !== 'object') return filters;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(filters as Record<string, unknown>)) {
      const text = key === '$or' ? quickSearchText(register, value) : null;
      const ids = text === null ? null : await this.matchingIds(register, text);
      if (ids && Array.isArray(value)) {
        const own = new Set(register.searchFields.filter((f) => !f.includes('.')).map((f) => f));
        const related = value.filter((member) => !own.has(Object.keys(member as object)[0]));
        out[key] = [{ id: { $in: surviveCloning(ids.query) } }, ...related];
      } else if (key === '$and' || key === '$or' || key === '$not') {
        out[key] = await this.indexedQuickSearch(register, value);
      } else {
        out[key] = value;
      }
    }
    return out;
  },
});

/** The text of a quick search `$or` (same `$containsi` on every search field), else null. */
const quickSearchText = (register: RegisterDescription, members: unknown): string | null => {
  if (!Array.isArray(members) || members.length !== register.searchFields.length) return null;
  let text: string | null = null;
  for (const [i, field] of register.searchFields.entries()) {
    let node: unknown = members[i];
    for (const part of field.split('.')) {
      if (!node || typeof node !== 'object' || Object.keys(node).length !== 1 || !(part in node)) return null;
      node = (node as Record<string, unknown>)[part];
    }
    if (!node || typeof node !== 'object' || Object.keys(node).length !== 1) return null;
    const value = (node as Record<string, unknown>).$containsi;
    if (typeof value !== 'string' || (text !== null && value !== text)) return null;
    text = value;
  }
  return text;
};
