import type { Knex } from 'knex';
import type { DatabaseClient } from '../lib/boot-strapi';

/** The page cache the generator's SQLite connection writes with (Strapi opens it with 16 MB). */
const SQLITE_BULK_CACHE_KIB = 64 * 1024;

export interface BulkSession {
  /** The open transaction to write into. */
  trx: () => Knex.Transaction;
  /** Counts records written; commits and opens a new transaction every `recordsPerTransaction`. */
  wrote: (records: number) => Promise<void>;
  finish: () => Promise<void>;
  abort: () => Promise<void>;
}

/**
 * Long transactions, short statements. Random-key indexes (documentId, residentPhone) dirty
 * pages all over their b-trees, and each commit journals and rewrites every page it dirtied:
 * the fewer commits, the fewer rewrites. Measured here, 1M complaints on SQLite: a commit every
 * 5,000 records 110 s, every 50,000 records 72–77 s. SQLite also needs room for those pages:
 * with Strapi's 16 MB page cache 92 s, 64 MB 77 s (+60 MB RSS), 256 MB 72 s (+270 MB).
 * Strapi's SQLite pool is one connection: it gets 64 MB while the generator writes, then its own
 * size back, so a server or benchmark that goes on in this process measures what production gets.
 */
export const openBulkSession = async ({ knex, client, recordsPerTransaction }: {
  knex: Knex;
  client: DatabaseClient;
  recordsPerTransaction: number;
}): Promise<BulkSession> => {
  let cacheBefore: number | null = null;
  if (client === 'sqlite') {
    const [row] = (await knex.raw('pragma cache_size')) as Array<{ cache_size: number }>;
    cacheBefore = Number(row.cache_size);
    await knex.raw(`pragma cache_size = -${SQLITE_BULK_CACHE_KIB}`);
  }
  const restoreCache = async () => {
    if (cacheBefore !== null) await knex.raw(`pragma cache_size = ${cacheBefore}`);
  };
  let trx = await knex.transaction();
  let sinceCommit = 0;
  return {
    trx: () => trx,
    async wrote(records) {
      sinceCommit += records;
      if (sinceCommit < recordsPerTransaction) return;
      await trx.commit();
      trx = await knex.transaction();
      sinceCommit = 0;
    },
    async finish() {
      await trx.commit();
      await restoreCache();
    },
    async abort() {
      await trx.rollback();
      await restoreCache();
    },
  };
};
