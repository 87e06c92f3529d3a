import { as, departmentByCode } from '../../helpers/api';
import { clockOf, later, minutes, newComplaint, outboxOf, runScheduler, sendMail } from '../../helpers/deadlines';
import { startMailServer } from '../../helpers/mail';

let mailServer: Awaited<ReturnType<typeof startMailServer>>;
beforeAll(async () => {
  mailServer = await startMailServer();
});
afterAll(async () => {
  await mailServer.close();
});

const mailsAbout = (number: string) => mailServer.mails.filter((m) => m.subject.includes(number));

describe('escalation by email (docs/deadlines.md §2.6)', () => {
  it('escalates a general complaint to the supervisor 30 minutes after intake, by one mail', async () => {
    const complaint = await newComplaint({ complexity: 'general' });
    const now = later(complaint.receivedAt, minutes(31));

    const fired = await runScheduler(now);
    expect(fired.filter((f) => f.recordId === complaint.documentId)).toEqual([
      expect.objectContaining({ clock: 'handling', step: 'warning', outcome: 'skipped' }),
      expect.objectContaining({ clock: 'handling', step: 'level-1', outcome: 'notified', recipients: ['supervisor@wuyedesk.local'] }),
    ]);
    await sendMail(now);
    // Later passes and later sends find nothing new for this record.
    expect((await runScheduler(later(now, minutes(1)))).filter((f) => f.recordId === complaint.documentId)).toEqual([]);
    await sendMail(later(now, minutes(1)));

    const mails = mailsAbout(complaint.number);
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual(['supervisor@wuyedesk.local']);
    expect(mails[0].subject).toBe(`【超时升级·第1级】客户诉求 ${complaint.number} 处理时限已超时1分钟`);
    expect(mails[0].text).toContain('住户：刘洋');
    expect(mails[0].text).toContain(`查看记录：http://panel.test/complaints/show/${complaint.documentId}`);
  });

  it('writes the escalation on the record history', async () => {
    const complaint = await newComplaint({ complexity: 'general' });
    await runScheduler(later(complaint.receivedAt, minutes(40)));
    const history = await as('staff').get(`/api/complaints/${complaint.documentId}/history`);
    expect(history.body.data.map((s: { action: string; note: string | null }) => [s.action, s.note])).toEqual([
      ['create', null],
      ['escalate', '处理时限超时升级至客服主管（第1级）'],
    ]);
  });

  it('warns the assignee 10 minutes before the deadline, falling back to the department mailbox', async () => {
    const engineering = await departmentByCode('GC');
    const complaint = await newComplaint({ complexity: 'general' });
    await as('staff').post(`/api/complaints/${complaint.documentId}/actions/dispatch`, { data: { department: engineering.documentId } });
    const fired = await runScheduler(later(complaint.receivedAt, minutes(21)));
    expect(fired.filter((f) => f.recordId === complaint.documentId)).toEqual([
      expect.objectContaining({ step: 'warning', outcome: 'notified', recipients: ['gc@wuyedesk.local'] }),
    ]);
  });

  it('delivers the mail once the mail server is back, retrying with back-off meanwhile', async () => {
    const complaint = await newComplaint({ complexity: 'general' });
    const now = later(complaint.receivedAt, minutes(35));
    await runScheduler(now);
    const clock = await clockOf('complaint', complaint.documentId);
    await mailServer.close();

    expect((await sendMail(now)).failed).toBeGreaterThan(0);
    const [queued] = await outboxOf(clock.id);
    expect(queued).toMatchObject({ status: 'pending', attempts: 1, notBefore: later(now, 30_000).toISOString() });

    mailServer = await startMailServer();
    await sendMail(later(now, 10_000));
    expect(mailsAbout(complaint.number)).toHaveLength(0);
    await sendMail(later(now, 31_000));
    await sendMail(later(now, 90_000));
    expect(mailsAbout(complaint.number)).toHaveLength(1);
    expect((await outboxOf(clock.id))[0]).toMatchObject({ status: 'sent', attempts: 1 });
  });
});

describe('repair clocks stand still while paused (暂停)', () => {
  it('resumes a paused repair clock where it stopped', async () => {
    const engineering = await departmentByCode('GC');
    const created = await as('staff').post('/api/repair-orders', {
      data: { channel: 'phone', residentName: '周敏', residentPhone: '13800007777', description: '厨房水管漏水', address: '5栋1单元', urgency: 'general' },
    });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId as string;
    expect(created.body.data.dueAt).toBe(later(created.body.data.receivedAt, minutes(24 * 60)).toISOString());
    const act = (user: 'staff' | 'dept-head', action: string, data: object = {}) =>
      as(user).post(`/api/repair-orders/${id}/actions/${action}`, { data });
    await act('staff', 'dispatch', { department: engineering.documentId });
    await act('dept-head', 'accept');

    const before = Date.now();
    const paused = await act('dept-head', 'pause', { pauseReason: 'waiting_parts' });
    const pausedAfter = Date.now();
    expect(paused.body.data.dueAt).toBeNull();
    expect((await clockOf('repair-order', id)).state).toBe('paused');
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const resumeBefore = Date.now();
    const resumed = await act('dept-head', 'resume');
    const after = Date.now();

    const shift = new Date(resumed.body.data.dueAt).getTime() - new Date(created.body.data.dueAt).getTime();
    expect(shift).toBeGreaterThanOrEqual(resumeBefore - pausedAfter);
    expect(shift).toBeLessThanOrEqual(after - before);
    expect((await clockOf('repair-order', id)).state).toBe('running');
  });
});
