import { dailyRule } from './lib/files';

export interface BackupsConfig {
  /** Take the nightly backup (on one instance: the first to claim the day in the database). */
  nightlyEnabled: boolean;
  /** Time of day, Asia/Shanghai, "02:30". */
  at: string;
  /** Where backups are written: absolute, or relative to the CMS folder. */
  dir: string;
  /** Backups older than this many days are removed after each nightly backup. */
  keepDays: number;
}

export const config = {
  default: { nightlyEnabled: true, at: '02:30', dir: 'data/backups', keepDays: 14 } satisfies BackupsConfig,
  validator(value: Partial<BackupsConfig>) {
    if (value.at !== undefined) dailyRule(value.at);
    if (value.keepDays !== undefined && !(Number.isInteger(value.keepDays) && value.keepDays >= 1)) {
      throw new Error(`backups.keepDays (BACKUP_KEEP_DAYS) must be a whole number of days, at least 1, not ${value.keepDays}`);
    }
  },
};
