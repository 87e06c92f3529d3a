import type { Migration } from '@wuyedesk/plugin-records';
import { seedArchiveLoanReturnPolicy } from './2026-12-04-040-seed-archive-loan-return-policy';

/** The archives plugin's data migrations, oldest first. */
export const ARCHIVES_MIGRATIONS: readonly Migration[] = [seedArchiveLoanReturnPolicy];
