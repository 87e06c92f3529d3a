import { anonymous, as, departmentByCode } from '../../helpers/api';
import { clockOf, later, minutes, runScheduler, sendMail } from '../../helpers/deadlines';
import { keyNo, keyState, lend, userId } from '../../helpers/keys';
import { startMailServer } from '../../helpers/mail';

let mailServer: Awaited<ReturnType<typeof startMailServer>>;
beforeAll(async () => {
  mailServer = await startMailServer();
});
afterAll(async () => {
  await mailServer.close();
});

const returnLoan = (documentId: string) =>
  as('staff').post(`/api/key-loans/${documentId}/actions/return?populate=returnHandler`, { data: { returnedBy: '吴师傅' } });

describe('a key loan needs the approval its purpose requires (docs/keys.md §4.2)', () => {
  it.each([
    ['a repair', 'dept-head', 'repair', 11],
    ['a repair', 'director', 'repair', 12],
    ['any other purpose', 'director', 'other', 13],
  ] as const)('accepts %s approved by %s, and records the approver', async (_, approver, purpose, n) => {
    const key = await keyNo(n);
    const res = await lend(key, { purpose, approver: await userId(approver) });
    expect(res.status).toBe(201);
    expect(res.body.data.approver.username).toBe(approver);
    expect((await returnLoan(res.body.data.documentId)).status).toBe(200);
  });

  it.each([
    ['a repair approved by the supervisor', 'repair', 'supervisor', '“维修”借用须由工程部负责人或项目负责人（服务中心主任）审批，张主管（客服主管）无此审批权限'],
    ['a repair approved by front-desk staff', 'repair', 'staff', '“维修”借用须由工程部负责人或项目负责人（服务中心主任）审批，王芳（客服助理）无此审批权限'],
    ['another purpose approved by the engineering head', 'other', 'dept-head', '“其他”借用须由物业经理（服务中心主任）审批，李工（部门负责人）无此审批权限'],
  ] as const)('refuses %s, on the approver field, and lends nothing', async (_, purpose, approver, message) => {
    const key = await keyNo(14);
    const res = await lend(key, { purpose, approver: await userId(approver) });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: ['approver'], message, code: 'APPROVER_NOT_ALLOWED' })]);
    expect(await keyState(key.documentId)).toBe('in_cabinet');
    const loans = await as('staff').get(`/api/key-loans?filters[key][documentId][$eq]=${key.documentId}`);
    expect(loans.body.data).toEqual([]);
  });

  it('offers as approvers only people whose role may approve some loan (the picker’s filter)', async () => {
    const res = await as('staff').get('/api/records/users?filters[role][type][$in][0]=dept-head&filters[role][type][$in][1]=director&sort=username:asc');
    expect(res.status).toBe(200);
    expect(res.body.data.map((u: { username: string }) => u.username)).toEqual(['dept-head', 'director']);
  });

  it('refuses a loan without an approval', async () => {
    const key = await keyNo(14);
    const res = await as('staff').post('/api/key-loans', { data: { key: key.documentId, borrower: '吴师傅', purpose: 'repair' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: ['approver'], message: '请选择审批人' })]);
  });

  it('keeps the rule when a loan is edited to another purpose', async () => {
    const key = await keyNo(15);
    const loan = await lend(key, { purpose: 'repair', approver: await userId('dept-head') });
    const res = await as('staff').put(`/api/key-loans/${loan.body.data.documentId}`, { data: { purpose: 'other' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ path: ['approver'], code: 'APPROVER_NOT_ALLOWED' });
    await returnLoan(loan.body.data.documentId);
  });
});

describe('a key is out at most once', () => {
  it('lets exactly one of 50 concurrent loans of one key through; the others get 409 naming the key and the loan', async () => {
    const key = await keyNo(20);
    const approver = await userId('dept-head');
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => lend(key, { approver, borrower: `借用人${i}` })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const winner = results.find((r) => r.status === 201)!.body.data;
    const refusal = results.find((r) => r.status === 409)!.body.error;
    expect(refusal.message).toContain(`钥匙“${key.code} ${key.name}”已借出尚未归还（借用单 ${winner.number}，借用人 ${winner.borrower}`);
    expect(refusal.details).toMatchObject({ code: 'KEY_ALREADY_LENT', loan: winner.documentId });
    const loans = await as('staff').get(`/api/key-loans?filters[key][documentId][$eq]=${key.documentId}`);
    expect(loans.body.data.map((l: { documentId: string }) => l.documentId)).toEqual([winner.documentId]);
    expect(await keyState(key.documentId)).toBe('lent');
    await returnLoan(winner.documentId);
  });

  it('puts the key back on return, stamping time, returner and handler, and lends it again', async () => {
    const key = await keyNo(21);
    const approver = await userId('dept-head');
    const first = await lend(key, { approver });
    const returned = await returnLoan(first.body.data.documentId);
    expect(returned.body.data).toMatchObject({ status: 'returned', returnedBy: '吴师傅', returnHandler: { username: 'staff' } });
    expect(returned.body.data.returnedAt).toBeTruthy();
    expect(await keyState(key.documentId)).toBe('in_cabinet');
    const second = await lend(key, { approver });
    expect(second.status).toBe(201);
    await returnLoan(second.body.data.documentId);
  });
});

describe('keys come back the same day (docs/keys.md §4.3)', () => {
  it('is due at the closing time, and emails the supervisor once when the key is still out then', async () => {
    const key = await keyNo(22);
    const loan = await lend(key, { approver: await userId('dept-head'), borrowedAt: '2026-11-20T09:00:00+08:00' });
    expect(loan.body.data.dueAt).toBe('2026-11-20T10:00:00.000Z'); // 18:00 Shanghai
    const clock = await clockOf('key-loan', loan.body.data.documentId, 'same-day-return');
    expect(clock).toMatchObject({ state: 'running', dueAt: '2026-11-20T10:00:00.000Z' });

    expect((await runScheduler(later(clock.dueAt!, -minutes(1)))).filter((f) => f.recordId === loan.body.data.documentId)).toEqual([]);
    const now = later(clock.dueAt!, minutes(1));
    expect((await runScheduler(now)).filter((f) => f.recordId === loan.body.data.documentId)).toEqual([
      expect.objectContaining({ clock: 'same-day-return', step: 'level-1', outcome: 'notified', recipients: ['supervisor@wuyedesk.local'] }),
    ]);
    await sendMail(now);
    await runScheduler(later(now, minutes(30)));
    await sendMail(later(now, minutes(30)));

    const mails = mailServer.mails.filter((m) => m.subject.includes(loan.body.data.number));
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual(['supervisor@wuyedesk.local']);
    expect(mails[0].subject).toBe(`【超时升级·第1级】钥匙借用登记 ${loan.body.data.number} 钥匙当日归还时限已超时1分钟`);
    // Its own template: the key, its place, the borrower, the approver and when it was due.
    expect(mails[0].text).toContain(`钥匙：${key.code} ${key.name}`);
    expect(mails[0].text).toContain(`存放位置：${key.cabinetSlot}`);
    expect(mails[0].text).toContain('借用人：吴师傅');
    expect(mails[0].text).toContain('审批人：李工');
    expect(mails[0].text).toContain('应还时间：2026-11-20 18:00');
    expect(mails[0].text).not.toContain('住户：');
    expect(mails[0].text).not.toContain('责任部门：');
    await returnLoan(loan.body.data.documentId);
  });

  it('does not mail about a key returned before closing time', async () => {
    const key = await keyNo(23);
    const loan = await lend(key, { approver: await userId('dept-head'), borrowedAt: '2026-11-19T09:00:00+08:00' });
    await returnLoan(loan.body.data.documentId);
    const fired = await runScheduler(new Date('2026-11-19T11:00:00Z'));
    expect(fired.filter((f) => f.recordId === loan.body.data.documentId)).toEqual([]);
  });
});

describe('a lost key (钥匙遗失)', () => {
  it('marks the key lost and reports it at once to the department head and the supervisor', async () => {
    const key = await keyNo(24);
    const engineering = await departmentByCode('GC');
    const loan = await lend(key, { approver: await userId('dept-head'), department: engineering.documentId });
    const lost = await as('staff').post(`/api/key-loans/${loan.body.data.documentId}/actions/reportLost`, { data: { lossNote: '维修途中遗失' } });
    expect(lost.body.data).toMatchObject({ status: 'lost' });
    expect(await keyState(key.documentId)).toBe('lost');

    const queued = (await anonymous().get(`/api/deadlines/test/outbox?keyPrefix=key-lost:${loan.body.data.documentId}:`)).body.data;
    expect(queued.map((m: { to: string }) => m.to)).toEqual(['gc@wuyedesk.local', 'supervisor@wuyedesk.local']);
    await sendMail(new Date(Date.now() + 1000));
    const mails = mailServer.mails.filter((m) => m.subject === `【钥匙遗失】${key.code} ${key.name}（借用单 ${loan.body.data.number}）`);
    expect(mails.flatMap((m) => m.to).sort()).toEqual(['gc@wuyedesk.local', 'supervisor@wuyedesk.local']);
    expect(mails[0].text).toContain('遗失情况：维修途中遗失');
  });

  it('cannot be lent while it is lost', async () => {
    const key = await keyNo(24);
    const res = await lend(key, { approver: await userId('dept-head') });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ path: ['key'], code: 'KEY_NOT_AVAILABLE', message: `钥匙“${key.code} ${key.name}”已登记遗失，不能借出` });
  });
});
