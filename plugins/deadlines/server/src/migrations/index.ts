import type { Migration } from '@wuyedesk/plugin-records';
import { createDeadlineClocks } from './2026-12-04-010-create-deadline-clocks';
import { createDeadlineFiredSteps } from './2026-12-04-011-create-deadline-fired-steps';
import { addDeadlineClocksOverdueIndex } from './2026-12-04-012-add-deadline-clocks-overdue-index';
import { seedDeadlinePoliciesAndCalendar } from './2026-12-04-020-seed-deadline-policies-and-calendar';

/** The deadlines plugin's tables and seed, oldest first. */
export const DEADLINES_MIGRATIONS: readonly Migration[] = [
  createDeadlineClocks,
  createDeadlineFiredSteps,
  addDeadlineClocksOverdueIndex,
  seedDeadlinePoliciesAndCalendar,
];

/** The schema part alone, for code that drives the store on a bare knex (unit tests, benchmarks). */
export const DEADLINES_TABLES = [createDeadlineClocks, createDeadlineFiredSteps, addDeadlineClocksOverdueIndex];
