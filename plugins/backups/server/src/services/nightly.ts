import type { Core } from '@strapi/strapi';
import { shanghaiDay } from '@wuyedesk/contracts';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import path from 'path';
import { backupDatabase, databaseTarget, describeTarget, pruneBackups, type BackupResult } from '../lib';
import { getConfig } from '../utils/get-service';

/** The counter row that says which instance takes a day's backup (wd_counters, like the seed claims). */
export const NIGHTLY_CLAIM_PREFIX = 'BACKUP';

export interface NightlyReport {
  /** false: another instance claimed this day first. */
  claimed: boolean;
  backup?: BackupResult;
  pruned?: string[];
}

/**
 * The nightly backup. Strapi cron fires on every instance (strapi/strapi#15634), so the day is
 * claimed in the database first: the counter (BACKUP, Shanghai day) is 1 for exactly one instance.
 * A claim that crashes before its backup loses that night's copy; it never makes two.
 */
export const nightly = ({ strapi }: { strapi: Core.Strapi }) => ({
  async runOnce({ now = new Date() }: { now?: Date } = {}): Promise<NightlyReport> {
    const claim = await getRecordsService(strapi, 'numbering').reserve({ prefix: NIGHTLY_CLAIM_PREFIX, day: shanghaiDay(now), count: 1 });
    if (claim !== 1) return { claimed: false };
    const config = getConfig(strapi);
    const cmsDir = strapi.dirs.app.root;
    const dir = path.resolve(cmsDir, config.dir);
    const target = databaseTarget(process.env, cmsDir);
    const backup = await backupDatabase({ target, dir, now });
    const pruned = pruneBackups({ dir, keepDays: config.keepDays, now });
    strapi.log.info(`[backups] ${describeTarget(target)} → ${backup.file} (${backup.bytes} bytes, ${backup.ms} ms); removed ${pruned.length} older than ${config.keepDays} days`);
    return { claimed: true, backup, pruned };
  },
});
