import { as } from '../../helpers/api';
import { act, newArchive, requestAccess } from '../../helpers/archives';
import { clockOf, later, minutes, runScheduler, sendMail } from '../../helpers/deadlines';
import { startMailServer } from '../../helpers/mail';

const DAY = minutes(24 * 60);

let mailServer: Awaited<ReturnType<typeof startMailServer>>;
beforeAll(async () => {
  mailServer = await startMailServer();
});
afterAll(async () => {
  await mailServer.close();
});

/** A loan approved and lent now, due back in `days` days, to a borrower with an e-mail address. */
const lendFor = async (days: number, email = 'borrower@example.com') => {
  const request = await requestAccess(await newArchive(), 'loan', { requesterEmail: email, requester: '钱律师' });
  await act('supervisor', request.documentId, 'approve');
  const dueAt = new Date(Date.now() + days * DAY).toISOString();
  const lent = await act('staff', request.documentId, 'lend', { dueAt });
  expect(lent.status).toBe(200);
  return { documentId: request.documentId, number: request.number, dueAt };
};

/** Sends until the outbox has nothing due: other test files leave mail queued in the shared database. */
const drainMail = async (now: Date) => {
  for (let pass = 0; pass < 50; pass += 1) {
    const { sent, failed } = await sendMail(now);
    if (sent + failed === 0) return;
  }
  throw new Error('the outbox did not drain in 50 passes');
};

const mailsAbout = (number: string) => mailServer.mails.filter((m) => m.subject.includes(number));
const firedFor = (fired: Awaited<ReturnType<typeof runScheduler>>, id: string) =>
  fired.filter((f) => f.recordId === id).map((f) => [f.step, f.outcome, f.recipients]);

describe('a lent archive is chased until it is returned (按期催还)', () => {
  it('starts the return clock at lending, due at the agreed date', async () => {
    const loan = await lendFor(3);
    expect(await clockOf('archive-loan', loan.documentId, 'return')).toMatchObject({
      state: 'running',
      dueAt: loan.dueAt,
      nextStep: 'warning',
    });
  });

  it('reminds the borrower a day before the due date, by mail', async () => {
    const loan = await lendFor(3);
    const now = later(loan.dueAt, -minutes(23 * 60));
    expect(firedFor(await runScheduler(now), loan.documentId)).toEqual([
      ['warning', 'notified', ['borrower@example.com']],
    ]);
    await drainMail(now);
    const [mail] = mailsAbout(loan.number);
    expect(mail.to).toEqual(['borrower@example.com']);
    expect(mail.subject).toMatch(new RegExp(`^【即将到期】档案查阅/借阅登记 ${loan.number} 档案归还期限将于 `));
  });

  it('reminds the borrower when the loan is overdue, again every day, and the supervisor from the next day', async () => {
    const loan = await lendFor(2, 'late@example.com');
    const due = new Date(loan.dueAt);
    expect(firedFor(await runScheduler(later(due, minutes(1))), loan.documentId)).toEqual([
      ['warning', 'skipped', []],
      ['level-1', 'notified', ['late@example.com']],
    ]);
    expect(firedFor(await runScheduler(later(due, DAY + minutes(1))), loan.documentId)).toEqual([
      ['level-1-repeat-1', 'notified', ['late@example.com']],
      ['level-2', 'notified', ['supervisor@wuyedesk.local']],
    ]);
    expect(firedFor(await runScheduler(later(due, 2 * DAY + minutes(1))), loan.documentId)).toEqual([
      ['level-1-repeat-2', 'notified', ['late@example.com']],
    ]);
    await drainMail(later(due, 2 * DAY + minutes(2)));
    const subjects = mailsAbout(loan.number).map((m) => `${m.to.join(',')} ${m.subject.split(' ')[0]}`);
    expect(subjects).toEqual([
      'late@example.com 【超时升级·第1级】档案查阅/借阅登记',
      'late@example.com 【再次催告·第2次·第1级】档案查阅/借阅登记',
      'supervisor@wuyedesk.local 【超时升级·第2级】档案查阅/借阅登记',
      'late@example.com 【再次催告·第3次·第1级】档案查阅/借阅登记',
    ]);
    const history = await as('supervisor').get(`/api/archive-loans/${loan.documentId}/history`);
    expect(
      history.body.data.filter((s: { action: string }) => s.action === 'escalate').map((s: { note: string }) => s.note),
    ).toEqual([
      '档案归还期限超时升级至申请人（第1级）',
      '档案归还期限超时升级至申请人（第1级，第2次催告）',
      '档案归还期限超时升级至客服主管（第2级）',
      '档案归还期限超时升级至申请人（第1级，第3次催告）',
    ]);
  });

  it('stops chasing once the archive is returned', async () => {
    const loan = await lendFor(1);
    await runScheduler(later(loan.dueAt, minutes(5)));
    expect((await act('staff', loan.documentId, 'return')).body.data.status).toBe('returned');
    expect(await clockOf('archive-loan', loan.documentId, 'return')).toMatchObject({
      state: 'stopped',
      nextStep: null,
    });
    expect(firedFor(await runScheduler(later(loan.dueAt, 3 * DAY)), loan.documentId)).toEqual([]);
  });

  it('shows an overdue loan on 超时工单 to the supervisor', async () => {
    const loan = await lendFor(-1);
    const res = await as('supervisor').get('/api/deadlines/overdue?register=archive-loan');
    expect(res.body.data.records.map((r: { number: string }) => r.number)).toContain(loan.number);
  });
});
