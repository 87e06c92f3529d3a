import { createHash } from 'crypto';

const FALLBACK_DOMAIN = 'wuyedesk.local';

/** The domain of the sender address ("WuyeDesk <desk@wuyedesk.local>" → wuyedesk.local). */
export const senderDomain = (from: string | undefined): string => {
  const address = /<([^>]+)>/.exec(from ?? '')?.[1] ?? from ?? '';
  const domain = address.split('@')[1]?.trim().toLowerCase() ?? '';
  return /^[a-z0-9.-]+$/.test(domain) ? domain : FALLBACK_DOMAIN;
};

/**
 * The Message-ID of a mail, derived from its idempotency key: the outbox is at-least-once, and a
 * mail re-sent after a crash (SMTP accepted it, the "sent" write never happened) carries the same
 * Message-ID, so mail systems recognise and drop the duplicate.
 */
export const messageIdFor = ({ identity, from }: { identity: string; from: string | undefined }): string =>
  `<${createHash('sha256').update(identity).digest('hex').slice(0, 32)}@${senderDomain(from)}>`;
