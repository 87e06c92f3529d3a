import type { Migration } from '@wuyedesk/plugin-records';
import { createFormTypes } from './2026-12-04-004-create-form-types';
import { createFormVersions } from './2026-12-04-005-create-form-versions';
import { createFormEntries } from './2026-12-04-006-create-form-entries';

/** The forms plugin's tables, oldest first. */
export const FORMS_MIGRATIONS: readonly Migration[] = [createFormTypes, createFormVersions, createFormEntries];
