import type { Knex } from 'knex';
import { OUTBOX_TABLE } from '../store';

/** The outbox as first released (store.ts). Baseline: an existing table is kept as it is. */
export const createOutbox = {
  name: '2026-12-04-002-create-outbox',
  async up({ knex }: { knex: Knex }) {
    if (await knex.schema.hasTable(OUTBOX_TABLE)) return;
    await knex.schema.createTable(OUTBOX_TABLE, (t) => {
      t.increments('id').primary();
      // The idempotency key: a second enqueue of the same mail is a no-op, never a second mail.
      t.string('key', 200).notNullable().unique();
      t.string('to_address', 320).notNullable();
      t.string('subject', 500).notNullable();
      t.text('text').notNullable();
      t.text('html');
      t.boolean('urgent').notNullable().defaultTo(false);
      t.boolean('digest').notNullable().defaultTo(false);
      t.string('status', 10).notNullable().defaultTo('pending');
      t.integer('attempts').notNullable().defaultTo(0);
      t.bigInteger('not_before').notNullable();
      t.string('lease_owner', 100);
      t.bigInteger('lease_until');
      t.text('last_error');
      t.bigInteger('created_at').notNullable();
      t.bigInteger('sent_at');
      // The sender's only query: pending mail that is due, oldest first.
      t.index(['status', 'not_before'], 'wd_outbox_status_not_before_idx');
    });
  },
};
