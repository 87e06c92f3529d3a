import type { Knex } from 'knex';
import type { DatabaseClient } from '../lib/boot-strapi';
import type { FieldValue } from './types';

/** Bound parameters one statement may carry: SQLite's SQLITE_MAX_VARIABLE_NUMBER, PostgreSQL's protocol limit. */
export const MAX_BINDINGS: Record<DatabaseClient, number> = { sqlite: 32766, postgres: 65535 };

/** Beyond ~2000 rows a statement gets no faster, only its SQL text longer. */
const MAX_ROWS_PER_STATEMENT = 2000;

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

export const TIMES: Record<string, number> = {};
export type ReturnedRow = Record<string, unknown>;

export interface BulkTable {
  table: string;
  columns: readonly string[];
  rowsPerStatement: number;
  /** Inserts rows (values in `columns` order) in as few statements as the limits allow. */
  insert: (trx: Knex.Transaction, rows: readonly FieldValue[][], returning?: readonly string[]) => Promise<ReturnedRow[]>;
}

/** better-sqlite3 answers a raw query with an array of rows, pg with `{ rows }`. */
const rowsOf = (result: unknown): ReturnedRow[] => {
  if (Array.isArray(result)) return result as ReturnedRow[];
  const rows = (result as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as ReturnedRow[]) : [];
};

/**
 * Multi-row INSERT … VALUES through knex.raw: one round trip per statement, no per-row query
 * building (knex's builder costs more than the database at a million rows). Dates and
 * booleans are bound as such, so knex stores them exactly as Strapi's own writes do.
 */
export const bulkTable = ({ client, table, columns }: { client: DatabaseClient; table: string; columns: readonly string[] }): BulkTable => {
  const rowsPerStatement = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_BINDINGS[client] / columns.length)));
  const head = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values `;
  const placeholders = `(${columns.map(() => '?').join(',')})`;
  return {
    table,
    columns,
    rowsPerStatement,
    async insert(trx, rows, returning = []) {
      const returned: ReturnedRow[] = [];
      const tail = returning.length ? ` returning ${returning.map(quote).join(', ')}` : '';
      for (let from = 0; from < rows.length; from += rowsPerStatement) {
        const chunk = rows.slice(from, from + rowsPerStatement);
        const bindings: FieldValue[] = [];
        for (const row of chunk) {
          if (row.length !== columns.length) throw new Error(`${table}: a row has ${row.length} values for ${columns.length} columns`);
          for (const value of row) bindings.push(value);
        }
        const sql = head + new Array<string>(chunk.length).fill(placeholders).join(',') + tail;
        const t0 = process.hrtime.bigint();
        const result: unknown = await trx.raw(sql, bindings);
        TIMES[table] = (TIMES[table] ?? 0) + Number(process.hrtime.bigint() - t0) / 1e6;
        if (tail) returned.push(...rowsOf(result));
      }
      return returned;
    },
  };
};
