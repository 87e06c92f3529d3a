import knex, { type Knex } from 'knex';
import { clockOf, later, minutes, newComplaint, runScheduler, sendMail } from '../../helpers/deadlines';
import { startMailServer } from '../../helpers/mail';

let mailServer: Awaited<ReturnType<typeof startMailServer>>;
let db: Knex;
beforeAll(async () => {
  mailServer = await startMailServer();
  // The test instance's database (global-setup put its settings in the environment).
  db =
    process.env.DATABASE_CLIENT === 'postgres'
      ? knex({ client: 'pg', connection: process.env.DATABASE_URL, pool: { min: 0, max: 1 } })
      : knex({ client: 'better-sqlite3', connection: { filename: String(process.env.DATABASE_FILENAME) }, useNullAsDefault: true });
});
afterAll(async () => {
  await db.destroy();
  await mailServer.close();
});

describe('a mail re-sent after a crash is the same message (Message-ID from the idempotency key)', () => {
  it('carries the same Message-ID when the sender died between SMTP accepting it and marking it sent', async () => {
    const complaint = await newComplaint({ complexity: 'general' });
    const clock = await clockOf('complaint', complaint.documentId);
    const now = later(complaint.receivedAt, minutes(31));
    await runScheduler(now);
    await sendMail(now);
    const first = mailServer.mails.filter((m) => m.subject.includes(complaint.number));
    expect(first).toHaveLength(1);

    // The crash: SMTP has the mail, but the "sent" write never happened; the lease runs out.
    const rows = await db('wd_outbox')
      .where('key', 'like', `deadline:${clock.id}:%`)
      .update({ status: 'pending', sent_at: null, lease_owner: 'crashed-instance', lease_until: now.getTime() + 1000 });
    expect(rows).toBe(1);
    await sendMail(later(now, minutes(5)));

    const both = mailServer.mails.filter((m) => m.subject.includes(complaint.number));
    expect(both).toHaveLength(2);
    expect(both[0].messageId).toMatch(/^<[0-9a-f]{32}@wuyedesk\.local>$/);
    expect(both[1].messageId).toBe(both[0].messageId);
  });

  it('gives different mails different Message-IDs', async () => {
    const [a, b] = [await newComplaint({ complexity: 'general' }), await newComplaint({ complexity: 'general' })];
    const now = later(b.receivedAt, minutes(31));
    await runScheduler(now);
    await sendMail(now);
    const ids = [a, b].map((c) => mailServer.mails.find((m) => m.subject.includes(c.number))?.messageId);
    expect(ids[0]).toMatch(/^<[0-9a-f]{32}@/);
    expect(ids[1]).toMatch(/^<[0-9a-f]{32}@/);
    expect(ids[0]).not.toBe(ids[1]);
  });
});
