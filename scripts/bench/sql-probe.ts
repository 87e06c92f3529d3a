import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { databaseClientOf } from '../lib/boot-strapi';
import { timeRuns, type Timing } from './timing';

export interface CapturedQuery {
  sql: string;
  bindings: readonly Knex.Value[];
}

export interface SlowestQuery extends CapturedQuery {
  timing: Timing;
  plan: string[];
}

/** Every statement Strapi sends to the database while `work` runs (knex's 'query' event). */
export const captureQueries = async (strapi: Core.Strapi, work: () => Promise<unknown>): Promise<CapturedQuery[]> => {
  const knex = strapi.db.connection;
  const seen: CapturedQuery[] = [];
  const listener = (query: { sql: string; bindings?: Knex.Value[] }) => seen.push({ sql: query.sql, bindings: query.bindings ?? [] });
  knex.on('query', listener);
  try {
    await work();
  } finally {
    knex.off('query', listener);
  }
  return seen;
};

/** knex reports PostgreSQL statements with $1…$n; knex.raw wants ? again (in order, as knex numbered them). */
const asRaw = (client: string, sql: string) => (client === 'postgres' ? sql.replace(/\$\d+/g, '?') : sql);

const planLines = (client: string, result: unknown): string[] => {
  const rows = (Array.isArray(result) ? result : (result as { rows?: unknown[] }).rows ?? []) as Array<Record<string, unknown>>;
  return rows.map((row) => String(client === 'postgres' ? row['QUERY PLAN'] : row.detail));
};

/**
 * Re-runs each captured statement alone and returns the slowest with its query plan: where a
 * request's time goes, and which index would help.
 */
export const slowestQuery = async (strapi: Core.Strapi, queries: readonly CapturedQuery[]): Promise<SlowestQuery | null> => {
  const knex = strapi.db.connection;
  const client = databaseClientOf(strapi);
  let slowest: SlowestQuery | null = null;
  // Only reads: re-running BEGIN, COMMIT or a write would change what is being measured.
  for (const query of queries.filter((q) => /^\s*(select|with)\b/i.test(q.sql))) {
    const sql = asRaw(client, query.sql);
    const timing = await timeRuns({ warmup: 1, runs: 5, work: () => knex.raw(sql, query.bindings) });
    if (slowest && slowest.timing.median >= timing.median) continue;
    const explain = client === 'postgres' ? 'explain' : 'explain query plan';
    slowest = { ...query, timing, plan: planLines(client, await knex.raw(`${explain} ${sql}`, query.bindings)) };
  }
  return slowest;
};
