import type { Core } from '@strapi/strapi';
import type { MailAttachment } from '../digest';
import { quietHoursProblems, quietUntil, type QuietHours } from '../quiet-hours';
import { outboxStore } from '../store';
import { getConfig } from '../utils/get-service';

export interface EnqueueInput {
  /** Idempotency key, unique forever: the same key never produces a second mail. */
  key: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Urgent mail ignores quiet hours; other mail queued in quiet hours waits for a morning digest. */
  urgent?: boolean;
  /** Files to attach (stored with the row, base64); such a mail is sent on its own, never in a digest. */
  attachments?: MailAttachment[];
  /** The clock to judge quiet hours by (tests pass a fake one). */
  now?: Date;
}

const SETTINGS = { type: 'plugin', name: 'outbox', key: 'settings' } as const;

/**
 * The outbox: mail is a row first, written in the caller's transaction, so it exists exactly when
 * the change that caused it committed. The sender delivers it later (services/sender.ts).
 */
export const outbox = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => outboxStore(strapi.db.connection);

  const quietHours = async (): Promise<QuietHours | null> => {
    const saved = (await strapi.store(SETTINGS).get({})) as { quietHours?: QuietHours | null } | null;
    return saved && 'quietHours' in saved ? (saved.quietHours ?? null) : getConfig(strapi).quietHours;
  };

  return {
    /** Queues a mail; returns false when the key was queued before (nothing new is sent). */
    async enqueue(input: EnqueueInput): Promise<{ queued: boolean }> {
      const now = input.now ?? new Date();
      const held = input.urgent ? null : quietUntil({ now, quiet: await quietHours() });
      // Joins the caller's transaction when there is one (Strapi nests transactions).
      const queued = await strapi.db.transaction(({ trx }) =>
        store().insert(
          {
            key: input.key, to: input.to, subject: input.subject, text: input.text, html: input.html ?? null,
            urgent: Boolean(input.urgent), digest: held !== null, notBefore: held ?? now, now, attachments: input.attachments ?? null,
          },
          trx,
        ),
      );
      return { queued };
    },

    /** Many mails in one statement and one quiet-hours lookup (the scheduler's passes). */
    async enqueueMany(inputs: EnqueueInput[]): Promise<{ queued: number }> {
      if (!inputs.length) return { queued: 0 };
      const quiet = inputs.some((input) => !input.urgent) ? await quietHours() : null;
      const rows = inputs.map((input) => {
        const now = input.now ?? new Date();
        const held = input.urgent ? null : quietUntil({ now, quiet });
        return {
          key: input.key, to: input.to, subject: input.subject, text: input.text, html: input.html ?? null,
          urgent: Boolean(input.urgent), digest: held !== null, notBefore: held ?? now, now,
        };
      });
      const queued = await strapi.db.transaction(({ trx }) => store().insertMany(rows, trx));
      return { queued };
    },

    list: (filter: { keyPrefix?: string } = {}) => store().list(filter),

    quietHours,

    /** The administrator's quiet hours (null: none); stored, so every instance uses them. */
    async setQuietHours(value: QuietHours | null) {
      if (value) {
        const problems = quietHoursProblems(value);
        if (problems.length) throw new Error(problems.join('; '));
      }
      await strapi.store(SETTINGS).set({ value: { quietHours: value } });
    },
  };
};
