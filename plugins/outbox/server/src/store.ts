import type { Knex } from 'knex';
import type { MailAttachment, QueuedMail } from './digest';

export const OUTBOX_TABLE = 'wd_outbox';

/** Times are epoch milliseconds (bigint): one representation on SQLite and PostgreSQL alike. */
interface OutboxRow {
  id: number;
  key: string;
  to_address: string;
  subject: string;
  text: string;
  html: string | null;
  attachments?: string | null;
  urgent: boolean | number;
  digest: boolean | number;
  status: 'pending' | 'sent';
  attempts: number;
  not_before: number | string;
  lease_owner: string | null;
  lease_until: number | string | null;
  last_error: string | null;
  created_at: number | string;
  sent_at: number | string | null;
}

export interface OutboxEntry {
  id: number;
  key: string;
  to: string;
  subject: string;
  text: string;
  urgent: boolean;
  digest: boolean;
  status: 'pending' | 'sent';
  attempts: number;
  notBefore: Date;
  lastError: string | null;
  sentAt: Date | null;
}

export const isPostgres = (knex: Knex) => /^(pg|postgres)/.test(String(knex.client.config.client));

/** better-sqlite3 answers raw queries with an array of rows, pg with `{ rows }`. */
export const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];

const toEntry = (row: OutboxRow): OutboxEntry => ({
  id: Number(row.id),
  key: row.key,
  to: row.to_address,
  subject: row.subject,
  text: row.text,
  urgent: Boolean(row.urgent),
  digest: Boolean(row.digest),
  status: row.status,
  attempts: Number(row.attempts),
  notBefore: new Date(Number(row.not_before)),
  lastError: row.last_error,
  sentAt: row.sent_at == null ? null : new Date(Number(row.sent_at)),
});

/** The table is made by this plugin's migrations (migrations/). */
export const outboxStore = (knex: Knex) => ({
  /** Inserts unless the key exists; `trx` joins the caller's transaction (mail and cause commit together). */
  async insert(
    row: {
      key: string; to: string; subject: string; text: string; html: string | null; urgent: boolean; digest: boolean; notBefore: Date; now: Date;
      attachments?: MailAttachment[] | null;
    },
    trx?: Knex.Transaction,
  ): Promise<boolean> {
    const query = knex(OUTBOX_TABLE)
      .insert({
        key: row.key, to_address: row.to, subject: row.subject, text: row.text, html: row.html,
        attachments: row.attachments?.length ? JSON.stringify(row.attachments) : null,
        urgent: row.urgent, digest: row.digest, status: 'pending', attempts: 0,
        not_before: row.notBefore.getTime(), created_at: row.now.getTime(),
      })
      .onConflict('key')
      .ignore()
      .returning('id');
    const inserted = await (trx ? query.transacting(trx) : query);
    return (inserted as unknown[]).length > 0;
  },

  /** Many rows in one statement, each skipped when its key exists: the set-based twin of insert. */
  async insertMany(
    rows: Array<{ key: string; to: string; subject: string; text: string; html: string | null; urgent: boolean; digest: boolean; notBefore: Date; now: Date }>,
    trx?: Knex.Transaction,
  ): Promise<number> {
    if (!rows.length) return 0;
    const query = knex(OUTBOX_TABLE)
      .insert(
        rows.map((row) => ({
          key: row.key, to_address: row.to, subject: row.subject, text: row.text, html: row.html,
          urgent: row.urgent, digest: row.digest, status: 'pending', attempts: 0,
          not_before: row.notBefore.getTime(), created_at: row.now.getTime(),
        })),
      )
      .onConflict('key')
      .ignore()
      .returning('id');
    return ((await (trx ? query.transacting(trx) : query)) as unknown[]).length;
  },

  /**
   * Leases due mail to one sender for `leaseMs`: a single UPDATE … RETURNING, so two instances
   * never lease the same row (PostgreSQL additionally skips rows another claim holds locked;
   * SQLite has one writer). A lease that runs out (the sender died) makes the row due again.
   */
  async lease({ owner, now, leaseMs, limit }: { owner: string; now: Date; leaseMs: number; limit: number }): Promise<QueuedMail[]> {
    const at = now.getTime();
    const lock = isPostgres(knex) ? 'for update skip locked' : '';
    const result = await knex.raw(
      `update ${OUTBOX_TABLE} set lease_owner = ?, lease_until = ?
       where id in (select id from ${OUTBOX_TABLE}
                    where status = 'pending' and not_before <= ? and (lease_until is null or lease_until < ?)
                    order by not_before, id limit ? ${lock})
       returning id, key, to_address, subject, text, html, digest, attachments`,
      [owner, at + leaseMs, at, at, limit],
    );
    return rowsOf<OutboxRow>(result)
      .map((r) => ({
        id: Number(r.id), key: r.key, to: r.to_address, subject: r.subject, text: r.text, html: r.html, digest: Boolean(r.digest),
        attachments: r.attachments ? (JSON.parse(r.attachments) as MailAttachment[]) : null,
      }))
      .sort((a, b) => a.id - b.id);
  },

  /** After SMTP accepted: its own short transaction, only while this sender still holds the lease. */
  async markSent({ ids, owner, now }: { ids: number[]; owner: string; now: Date }) {
    await knex(OUTBOX_TABLE)
      .whereIn('id', ids)
      .andWhere('lease_owner', owner)
      .update({ status: 'sent', sent_at: now.getTime(), lease_owner: null, lease_until: null, last_error: null });
  },

  async markFailed({ ids, owner, error, retryAt }: { ids: number[]; owner: string; error: string; retryAt: (attempts: number) => Date }) {
    const rows = (await knex(OUTBOX_TABLE).whereIn('id', ids).andWhere('lease_owner', owner).select('id', 'attempts')) as Array<{ id: number; attempts: number }>;
    for (const row of rows) {
      const attempts = Number(row.attempts) + 1;
      await knex(OUTBOX_TABLE)
        .where({ id: row.id, lease_owner: owner })
        .update({ attempts, not_before: retryAt(attempts).getTime(), lease_owner: null, lease_until: null, last_error: error.slice(0, 2000) });
    }
  },

  async list({ keyPrefix }: { keyPrefix?: string } = {}): Promise<OutboxEntry[]> {
    const query = knex(OUTBOX_TABLE).select('*').orderBy('id');
    if (keyPrefix) query.where('key', 'like', `${keyPrefix.replace(/[%_]/g, '')}%`);
    return ((await query) as OutboxRow[]).map(toEntry);
  },
});

export type OutboxStore = ReturnType<typeof outboxStore>;
