import type { Core } from '@strapi/strapi';
import { ConflictError, getService as getRecordsService } from '@wuyedesk/plugin-records';
import { randomUUID } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { finished } from 'stream/promises';
import { exportJobStore, type ExportJob, type ExportJobRequest } from '../jobs/store';
import { getConfig, getService } from '../utils/get-service';

const USER_UID = 'plugin::users-permissions.user';

/** Background exports one user may have queued or running at once. */
export const MAX_ACTIVE_PER_USER = 3;

/** Told when a background export's file is ready (the panel polls; the outbox's channels hook in here). */
export type ExportReadyListener = (job: ExportJob) => void | Promise<void>;

/**
 * Background exports (导出Excel for large lists): the request only records a job; a runner on any
 * instance claims it in the database with a lease it renews while writing, writes the file into
 * `exportJobsDir`, and keeps it for its owner for `exportJobKeepMs` (a day). A runner that dies
 * stops renewing: another instance (or this one after a restart) claims the job again once the
 * lease has run out and writes the file from the start. The file is served only to its owner.
 */
export const jobs = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => exportJobStore(strapi.db.connection);
  const runner = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const listeners: ExportReadyListener[] = [];
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  /** The export running on this instance: stopping the instance aborts it (its lease then runs out). */
  let current: AbortController | null = null;

  const directory = () => path.resolve(strapi.dirs.app.root, getConfig(strapi).exportJobsDir);
  const fileOf = (job: Pick<ExportJob, 'key'>) => path.join(directory(), `${job.key}.xlsx`);

  /** Writes one claimed job's file; true when it finished here. */
  const run = async (job: ExportJob): Promise<boolean> => {
    const config = getConfig(strapi);
    const access = getRecordsService(strapi, 'access');
    const part = `${fileOf(job)}.${runner.replace(/\W/g, '_')}.part`;
    const abort = new AbortController();
    current = abort;
    const renewal = setInterval(() => {
      store()
        .renew({ id: job.id, owner: runner, until: new Date(Date.now() + config.exportJobLeaseMs) })
        .then((mine) => mine || abort.abort())
        .catch(() => undefined);
    }, Math.max(200, Math.floor(config.exportJobLeaseMs / 3)));
    try {
      // The owner's rights and row scope as they are now, not as they were when the job was asked for.
      const user = (await strapi.db.query(USER_UID).findOne({ where: { id: job.ownerId }, populate: { role: true } })) as
        | { id: number; username?: string; blocked?: boolean; role?: { type?: string } | null }
        | null;
      if (!user || user.blocked) throw new Error('the user who asked for this export no longer exists');
      const actor = await access.actorOf(user);
      const register = await getRecordsService(strapi, 'registry').find(job.registerKey);
      if (!register) throw new Error(`register ${job.registerKey} no longer exists`);
      access.assertCan(register, actor, 'read');
      await fs.promises.mkdir(directory(), { recursive: true });
      const output = fs.createWriteStream(part);
      const written = await getService(strapi, 'exporter').write({
        register, actor, locale: job.locale, query: job.query, columns: job.columns, output, signal: abort.signal,
      });
      if (written.aborted) {
        output.destroy();
        return false;
      }
      await finished(output);
      const { size } = await fs.promises.stat(part);
      await fs.promises.rename(part, fileOf(job));
      const done = await store().finish({ id: job.id, owner: runner, rows: written.rows, bytes: size, now: new Date(), keepMs: config.exportJobKeepMs });
      if (!done) return false;
      const ready = { ...job, status: 'done' as const, rows: written.rows, bytes: size };
      for (const listener of listeners) {
        await Promise.resolve(listener(ready)).catch((error: Error) => strapi.log.error(`[exports] job ${job.key}: listener: ${error.message}`));
      }
      return true;
    } catch (error) {
      strapi.log.error(`[exports] background export ${job.key} failed: ${(error as Error).message}`);
      await store().fail({ id: job.id, owner: runner, error: (error as Error).message, now: new Date() });
      return false;
    } finally {
      clearInterval(renewal);
      current = null;
      await fs.promises.rm(part, { force: true });
    }
  };

  return {

    /** Records a background export for `ownerId` and starts it on this instance if it is idle. */
    async start({ ownerId, request }: { ownerId: number; request: ExportJobRequest }): Promise<ExportJob> {
      // One user cannot fill the runners' queue (each job is a full export).
      if ((await store().activeOf(ownerId)) >= MAX_ACTIVE_PER_USER) {
        throw new ConflictError(
          request.locale === 'en'
            ? `You already have ${MAX_ACTIVE_PER_USER} background exports running; try again when they have finished`
            : `您已有 ${MAX_ACTIVE_PER_USER} 个后台导出正在进行，请等它们完成后再试`,
          { code: 'TOO_MANY_EXPORTS' },
        );
      }
      const job = await store().insert({ key: randomUUID(), ownerId, request, now: new Date() });
      if (getConfig(strapi).exportJobRunner) this.kick();
      return job;
    },

    /** Runs claimable jobs one after another unless a pass is already running on this instance. */
    kick(): Promise<void> {
      if (!running && !stopped) {
        running = this.runPending()
          .then(() => undefined)
          .finally(() => (running = null));
      }
      return running ?? Promise.resolve();
    },

    /** One pass: claim and run jobs until none is left (one at a time: an export is CPU-bound). */
    async runPending(): Promise<number> {
      let count = 0;
      for (;;) {
        if (stopped) return count;
        const now = new Date();
        await store().giveUp({ now });
        const job = await store().claim({ owner: runner, now, leaseMs: getConfig(strapi).exportJobLeaseMs });
        if (!job) return count;
        if (await run(job)) count += 1;
      }
    },

    /** Deletes files past their day and forgets their jobs (and failed jobs after the same day). */
    async cleanUp(now = new Date()) {
      const keepMs = getConfig(strapi).exportJobKeepMs;
      const expired = await store().expired({ now, failedBefore: new Date(now.getTime() - keepMs) });
      for (const job of expired) await fs.promises.rm(fileOf(job), { force: true });
      await store().remove(expired.map((j) => j.id));
      return expired.length;
    },

    /** The user's background exports of the last day, newest first. */
    async listOf(ownerId: number): Promise<ExportJob[]> {
      return store().listOf({ ownerId, since: new Date(Date.now() - getConfig(strapi).exportJobKeepMs) });
    },

    /** The file of a finished job — only its owner's, only until it expires; null otherwise. */
    async fileOf(ownerId: number, key: string): Promise<{ job: ExportJob; path: string } | null> {
      const job = await store().findOf({ ownerId, key });
      if (!job || job.status !== 'done' || !job.expiresAt || job.expiresAt.getTime() <= Date.now()) return null;
      const file = fileOf(job);
      return fs.existsSync(file) ? { job, path: file } : null;
    },

    /** THE hook for notification channels: called once per job when its file is ready. */
    onReady(listener: ExportReadyListener) {
      listeners.push(listener);
    },

    startRunner() {
      const config = getConfig(strapi);
      if (!config.exportJobRunner || timer) return;
      stopped = false;
      const tick = () => {
        this.kick().catch((error: Error) => strapi.log.error(`[exports] background exports: ${error.message}`));
        this.cleanUp().catch((error: Error) => strapi.log.error(`[exports] cleaning exports: ${error.message}`));
      };
      timer = setInterval(tick, config.exportJobPollMs);
      timer.unref();
      tick();
    },

    async stopRunner() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = null;
      current?.abort();
      await running?.catch(() => undefined);
    },
  };
};
