import type { Knex } from 'knex';
import { OUTBOX_TABLE } from '../store';

/** Attachments (JSON, base64 contents; null for plain mail). Baseline: outboxes of 2026-12 have the column. */
export const addOutboxAttachments = {
  name: '2026-12-04-003-add-outbox-attachments',
  async up({ knex }: { knex: Knex }) {
    if (await knex.schema.hasColumn(OUTBOX_TABLE, 'attachments')) return;
    await knex.schema.alterTable(OUTBOX_TABLE, (t) => t.text('attachments'));
  },
};
