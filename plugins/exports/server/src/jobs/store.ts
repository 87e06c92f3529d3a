import type { Knex } from 'knex';

export const EXPORT_JOBS_TABLE = 'wd_export_jobs';

export type ExportJobStatus = 'queued' | 'running' | 'done' | 'failed';

/** What a background export was asked for: the list's query as the download route takes it, validated. */
export interface ExportJobRequest {
  registerKey: string;
  query: { filters?: Record<string, unknown>; sort: { field: string; order: 'asc' | 'desc' } | null };
  columns: string[];
  locale: 'zh-CN' | 'en';
}

export interface ExportJob extends ExportJobRequest {
  id: number;
  /** The public name of the job (random): what the panel and the download link use. */
  key: string;
  ownerId: number;
  status: ExportJobStatus;
  attempts: number;
  rows: number | null;
  bytes: number | null;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  expiresAt: Date | null;
}

/** Times are epoch milliseconds (bigint), as in the outbox: one representation on SQLite and PostgreSQL. */
interface JobRow {
  id: number; key: string; owner_id: number; register_key: string; query: string; columns: string; locale: string;
  status: ExportJobStatus; attempts: number; lease_owner: string | null; lease_until: number | string | null;
  rows: number | string | null; bytes: number | string | null; error: string | null;
  created_at: number | string; finished_at: number | string | null; expires_at: number | string | null;
}

const isPostgres = (knex: Knex) => /^(pg|postgres)/.test(String(knex.client.config.client));
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
const dateOf = (value: number | string | null) => (value === null ? null : new Date(Number(value)));

const toJob = (row: JobRow): ExportJob => ({
  id: Number(row.id),
  key: row.key,
  ownerId: Number(row.owner_id),
  registerKey: row.register_key,
  query: JSON.parse(row.query) as ExportJob['query'],
  columns: JSON.parse(row.columns) as string[],
  locale: row.locale === 'en' ? 'en' : 'zh-CN',
  status: row.status,
  attempts: Number(row.attempts),
  rows: row.rows === null ? null : Number(row.rows),
  bytes: row.bytes === null ? null : Number(row.bytes),
  error: row.error,
  createdAt: new Date(Number(row.created_at)),
  finishedAt: dateOf(row.finished_at),
  expiresAt: dateOf(row.expires_at),
});

/** A job whose runner died this many times is given up (it would take every instance down in turn). */
export const MAX_ATTEMPTS = 3;

export const exportJobStore = (knex: Knex) => ({
  async insert({ key, ownerId, request, now }: { key: string; ownerId: number; request: ExportJobRequest; now: Date }): Promise<ExportJob> {
    await knex(EXPORT_JOBS_TABLE).insert({
      key, owner_id: ownerId, register_key: request.registerKey, query: JSON.stringify(request.query),
      columns: JSON.stringify(request.columns), locale: request.locale, status: 'queued', attempts: 0, created_at: now.getTime(),
    });
    return toJob((await knex(EXPORT_JOBS_TABLE).where({ key }).first()) as JobRow);
  },

  /**
   * Claims the oldest runnable job for `owner` until `now + leaseMs`: a queued job, or a running one
   * whose runner stopped renewing its lease (the instance died). One UPDATE … RETURNING, so two
   * instances never claim the same job (PostgreSQL also skips rows another claim holds; SQLite
   * has one writer).
   */
  async claim({ owner, now, leaseMs }: { owner: string; now: Date; leaseMs: number }): Promise<ExportJob | null> {
    const at = now.getTime();
    const lock = isPostgres(knex) ? 'for update skip locked' : '';
    const result = await knex.raw(
      `update ${EXPORT_JOBS_TABLE} set status = 'running', lease_owner = ?, lease_until = ?, attempts = attempts + 1
       where id in (select id from ${EXPORT_JOBS_TABLE}
                    where (status = 'queued' or (status = 'running' and lease_until < ?)) and attempts < ?
                    order by id limit 1 ${lock})
       returning *`,
      [owner, at + leaseMs, at, MAX_ATTEMPTS],
    );
    const [row] = rowsOf<JobRow>(result);
    return row ? toJob(row) : null;
  },

  /** Extends the lease while the export runs; false: the job is no longer this runner's. */
  async renew({ id, owner, until }: { id: number; owner: string; until: Date }): Promise<boolean> {
    const changed = await knex(EXPORT_JOBS_TABLE).where({ id, lease_owner: owner, status: 'running' }).update({ lease_until: until.getTime() });
    return Number(changed) > 0;
  },

  async finish({ id, owner, rows, bytes, now, keepMs }: { id: number; owner: string; rows: number; bytes: number; now: Date; keepMs: number }): Promise<boolean> {
    const changed = await knex(EXPORT_JOBS_TABLE)
      .where({ id, lease_owner: owner, status: 'running' })
      .update({ status: 'done', rows, bytes, lease_until: null, finished_at: now.getTime(), expires_at: now.getTime() + keepMs });
    return Number(changed) > 0;
  },

  async fail({ id, owner, error, now }: { id: number; owner: string; error: string; now: Date }) {
    await knex(EXPORT_JOBS_TABLE)
      .where({ id, lease_owner: owner, status: 'running' })
      .update({ status: 'failed', error: error.slice(0, 2000), lease_until: null, finished_at: now.getTime() });
  },

  /** Running jobs whose runners died MAX_ATTEMPTS times: failed, so the user is told. */
  async giveUp({ now }: { now: Date }) {
    await knex(EXPORT_JOBS_TABLE)
      .where('status', 'running')
      .andWhere('lease_until', '<', now.getTime())
      .andWhere('attempts', '>=', MAX_ATTEMPTS)
      .update({ status: 'failed', error: 'export interrupted too often', lease_until: null, finished_at: now.getTime() });
  },

  /** The owner's jobs of the last `sinceMs`, newest first (a user never sees anyone else's). */
  async listOf({ ownerId, since }: { ownerId: number; since: Date }): Promise<ExportJob[]> {
    const rows = (await knex(EXPORT_JOBS_TABLE)
      .where('owner_id', ownerId)
      .andWhere('created_at', '>=', since.getTime())
      .orderBy('id', 'desc')
      .limit(50)) as JobRow[];
    return rows.map(toJob);
  },

  /** The owner's jobs not yet finished (queued or running). */
  async activeOf(ownerId: number): Promise<number> {
    const [{ n }] = (await knex(EXPORT_JOBS_TABLE).where('owner_id', ownerId).whereIn('status', ['queued', 'running']).count({ n: '*' })) as Array<{ n: number | string }>;
    return Number(n);
  },

  async findOf({ ownerId, key }: { ownerId: number; key: string }): Promise<ExportJob | null> {
    const row = (await knex(EXPORT_JOBS_TABLE).where({ owner_id: ownerId, key }).first()) as JobRow | undefined;
    return row ? toJob(row) : null;
  },

  /** Finished jobs past their day (files to delete), and old failed ones; removed by `remove`. */
  async expired({ now, failedBefore }: { now: Date; failedBefore: Date }): Promise<ExportJob[]> {
    const rows = (await knex(EXPORT_JOBS_TABLE)
      .where((q) => q.where('status', 'done').andWhere('expires_at', '<', now.getTime()))
      .orWhere((q) => q.where('status', 'failed').andWhere('created_at', '<', failedBefore.getTime()))
      .limit(100)) as JobRow[];
    return rows.map(toJob);
  },

  async remove(ids: number[]) {
    if (ids.length) await knex(EXPORT_JOBS_TABLE).whereIn('id', ids).delete();
  },
});

export type ExportJobStore = ReturnType<typeof exportJobStore>;
