import type { Migration } from '@wuyedesk/plugin-records';
import { createExportJobs } from './2026-12-04-060-create-export-jobs';

/** The exports plugin's tables, oldest change first. */
export const EXPORTS_MIGRATIONS = [createExportJobs] as const satisfies readonly Migration[];
