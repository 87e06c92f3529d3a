import type { Migration } from '@wuyedesk/plugin-records';
import { createOutbox } from './2026-12-04-002-create-outbox';
import { addOutboxAttachments } from './2026-12-04-003-add-outbox-attachments';

/** The outbox's table, oldest change first; also run on a bare knex by the scheduler benchmark. */
export const OUTBOX_MIGRATIONS = [createOutbox, addOutboxAttachments] as const satisfies readonly Migration[];
