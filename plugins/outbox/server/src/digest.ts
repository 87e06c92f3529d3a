/** A mail waiting in the outbox, as the sender sees it. */
export interface QueuedMail {
  id: number;
  /** Its idempotency key: the Message-ID is derived from it, so a resend is the same message. */
  key: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  /** Held through quiet hours: may be merged with the recipient's other held mail. */
  digest: boolean;
  /** Files sent with the mail (a monthly report); such a mail is never merged into a digest. */
  attachments?: MailAttachment[] | null;
}

/** A file attached to a mail, stored in the outbox row (base64) so a retry sends the same bytes. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  /** base64 */
  content: string;
}

/** One SMTP message: a single mail, or a morning digest standing for several rows. */
export interface OutgoingMail {
  ids: number[];
  /** What the Message-ID is derived from: the row's key, or for a digest the keys it stands for. */
  identity: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attachments?: MailAttachment[];
}

/**
 * Groups the mail a sender pass claimed into messages: everything held through the night for
 * one recipient becomes ONE digest (夜间汇总); anything else goes out as it was queued.
 */
export const planMessages = (mails: QueuedMail[]): OutgoingMail[] => {
  const messages: OutgoingMail[] = [];
  const held = new Map<string, QueuedMail[]>();
  for (const mail of mails) {
    if (!mail.digest || mail.attachments?.length) {
      const files = mail.attachments?.length ? { attachments: mail.attachments } : {};
      messages.push({ ids: [mail.id], identity: mail.key, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, ...files });
      continue;
    }
    held.set(mail.to, [...(held.get(mail.to) ?? []), mail]);
  }
  for (const [to, group] of held) {
    if (group.length === 1) {
      const [only] = group;
      messages.push({ ids: [only.id], identity: only.key, to, subject: only.subject, text: only.text, html: only.html });
      continue;
    }
    const text = [
      `免打扰时段内共有 ${group.length} 条提醒，汇总如下：`,
      '',
      ...group.flatMap((mail, i) => [`${i + 1}. ${mail.subject}`, mail.text, '']),
    ].join('\n');
    messages.push({ ids: group.map((m) => m.id), identity: `digest:${group.map((m) => m.key).sort().join('\n')}`, to, subject: `【夜间汇总】${group.length} 条时限提醒`, text, html: null });
  }
  return messages;
};
