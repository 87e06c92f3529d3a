import type { Core } from '@strapi/strapi';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import type { Knex } from 'knex';
import type { RowSource, RowSourceInput } from './row-source';
import { planTableExport } from './table-plan';

/** The parts of better-sqlite3 used here (knex's client holds the driver module as `driver`). */
interface SqliteStatement {
  iterate(...bindings: unknown[]): IterableIterator<Record<string, unknown>>;
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  pragma(source: string): unknown;
  close(): void;
}
type SqliteDriver = new (filename: string, options: { readonly: boolean; fileMustExist: boolean }) => SqliteDatabase;

interface KnexClientInternals {
  config: { client?: unknown; connection?: { filename?: string } };
  driver?: SqliteDriver;
  _formatBindings?: (bindings: readonly unknown[]) => unknown[];
}

const clientOf = (knex: Knex) => knex.client as unknown as KnexClientInternals;
const isPostgres = (knex: Knex) => /^(pg|postgres)/.test(String(clientOf(knex).config.client));

/** The SQLite file of Strapi's connection, when it is a file another connection can open. */
const sqliteFile = (knex: Knex): string | null => {
  const filename = clientOf(knex).config.connection?.filename;
  return filename && filename !== ':memory:' && !filename.startsWith('file::memory') ? filename : null;
};

/**
 * SQLite: the whole export is one prepared statement stepped with `iterate()` on a read-only
 * connection of its own. knex holds ONE connection to SQLite and its `.stream()` reads every row
 * before emitting the first, so the export cannot borrow it; a second connection in WAL mode reads
 * one consistent snapshot while the desk keeps writing through the first.
 */
async function* sqliteBatches(knex: Knex, filename: string, query: Knex.QueryBuilder, batchSize: number, signal: AbortSignal) {
  const client = clientOf(knex);
  if (!client.driver) throw new Error('SQLite driver not loaded');
  const { sql, bindings } = query.toSQL().toNative();
  const database = new client.driver(filename, { readonly: true, fileMustExist: true });
  try {
    database.pragma('busy_timeout = 5000');
    const rows = database.prepare(sql).iterate(...(client._formatBindings ? client._formatBindings(bindings) : bindings));
    try {
      for (;;) {
        if (signal.aborted) return;
        const batch: Array<Record<string, unknown>> = [];
        while (batch.length < batchSize) {
          const next = rows.next();
          if (next.done) break;
          batch.push(next.value);
        }
        if (!batch.length) return;
        yield batch;
        if (batch.length < batchSize) return;
      }
    } finally {
      rows.return?.();
    }
  } finally {
    database.close();
  }
}

/**
 * PostgreSQL: one query too, read through a server-side cursor in a read-only transaction
 * (knex's `.stream()` needs pg-query-stream, which is not installed), `batchSize` rows per FETCH.
 */
async function* postgresBatches(knex: Knex, query: Knex.QueryBuilder, batchSize: number, signal: AbortSignal) {
  const { sql, bindings } = query.toSQL();
  const trx = await knex.transaction({ readOnly: true });
  try {
    await trx.raw(`declare wd_export no scroll cursor for ${sql}`, bindings as readonly Knex.Value[]);
    for (;;) {
      if (signal.aborted) return;
      const result = (await trx.raw(`fetch forward ${Math.max(1, Math.floor(batchSize))} from wd_export`)) as { rows: Array<Record<string, unknown>> };
      if (!result.rows.length) return;
      yield result.rows;
      if (result.rows.length < batchSize) return;
    }
  } finally {
    await trx.rollback().catch(() => undefined);
  }
}

/**
 * The row source of every content-type register: ONE query per export (the register's table, a
 * LEFT JOIN per relation column for its title, the list's filters and the actor's scope compiled
 * once), streamed. Registers with a column one row cannot carry (media, json, to-many relations)
 * go to `fallback`, the document-service source.
 */
export const tableSource = (strapi: Core.Strapi, fallback: RowSource): RowSource => ({
  async *batches(input: RowSourceInput) {
    const { register, actor, query, columns, batchSize, signal } = input;
    const filters = getRecordsService(strapi, 'access').scoped(register, actor, query.filters);
    const plan = planTableExport({ strapi, register, columns, filters, sort: query.sort });
    if (!plan) {
      yield* fallback.batches(input);
      return;
    }
    const knex = strapi.db.connection;
    const file = isPostgres(knex) ? null : sqliteFile(knex);
    if (!isPostgres(knex) && !file) {
      yield* fallback.batches(input);
      return;
    }
    const rows = file ? sqliteBatches(knex, file, plan.query, batchSize, signal) : postgresBatches(knex, plan.query, batchSize, signal);
    for await (const batch of rows) {
      for (const row of batch) plan.toRecord(row);
      yield batch;
    }
  },
});
