import { randomUUID } from 'crypto';
import os from 'os';
import type { Core } from '@strapi/strapi';
import { retryDelayMs } from '../backoff';
import { planMessages } from '../digest';
import { messageIdFor } from '../message-id';
import { outboxStore } from '../store';
import { getConfig } from '../utils/get-service';

export interface SendReport {
  sent: number;
  failed: number;
}

/**
 * Delivers due mail. One pass: lease due rows (one statement), group them (morning digests), hand
 * each message to Strapi's email plugin, then mark the rows sent in a separate short write.
 *
 * Guarantee: at least once, and exactly once unless the process dies between SMTP accepting a
 * message and the "sent" write (a window of one UPDATE). Then the lease runs out and the mail
 * goes again: a duplicate is possible, a loss is not. SMTP offers no way to close that window.
 */
export const sender = ({ strapi }: { strapi: Core.Strapi }) => {
  const owner = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let running: Promise<SendReport> | null = null;

  const pass = async (now: Date, limit?: number): Promise<SendReport> => {
    const config = getConfig(strapi);
    const store = outboxStore(strapi.db.connection);
    const leased = await store.lease({ owner, now, leaseMs: config.leaseMs, limit: limit ?? config.batchSize });
    const report: SendReport = { sent: 0, failed: 0 };
    const from = (strapi.config.get('plugin::email') as { settings?: { defaultFrom?: string } } | undefined)?.settings?.defaultFrom;
    for (const message of planMessages(leased)) {
      try {
        await strapi.plugin('email').service('email').send({
          messageId: messageIdFor({ identity: message.identity, from }),
          to: message.to, subject: message.subject, text: message.text, ...(message.html ? { html: message.html } : {}),
          ...(message.attachments?.length
            ? { attachments: message.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content, 'base64') })) }
            : {}),
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        await store.markFailed({
          ids: message.ids, owner, error: reason,
          retryAt: (attempts) => new Date(now.getTime() + retryDelayMs({ attempts, baseMs: config.retryBaseMs, maxMs: config.retryMaxMs })),
        });
        report.failed += message.ids.length;
        strapi.log.warn(`[outbox] mail to ${message.to} failed, will retry: ${reason}`);
        continue;
      }
      await store.markSent({ ids: message.ids, owner, now });
      report.sent += message.ids.length;
    }
    return report;
  };

  return {
    owner,
    /** One pass; a second call while one runs in this process waits for it instead of overlapping. */
    async sendOnce({ now = new Date(), limit }: { now?: Date; limit?: number } = {}): Promise<SendReport> {
      while (running) await running.catch(() => undefined);
      running = pass(now, limit);
      try {
        return await running;
      } finally {
        running = null;
      }
    },
  };
};
