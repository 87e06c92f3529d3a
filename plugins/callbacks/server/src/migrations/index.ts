import type { Migration } from '@wuyedesk/plugin-records';
import { createCallbackSamplingDays } from './2026-12-04-013-create-callback-sampling-days';
import { seedCallbackRules } from './2026-12-04-030-seed-callback-rules';

/** The callbacks plugin's table and seed, oldest first. */
export const CALLBACKS_MIGRATIONS: readonly Migration[] = [createCallbackSamplingDays, seedCallbackRules];
