import ExcelJS from 'exceljs';
import { anonymous, as } from '../../helpers/api';
import { sendMail } from '../../helpers/deadlines';
import { startMailServer } from '../../helpers/mail';

const RECIPIENTS = ['director@office.test', 'manager@office.test'];

const runReport = async (now: string) => {
  const res = await anonymous().post('/api/exports/test/monthly-report').send({ now });
  if (res.status !== 200) throw new Error(`monthly-report: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { queued?: number; skipped?: string; month: string };
};

const outboxKeys = async (prefix: string) => {
  const res = await anonymous().get(`/api/deadlines/test/outbox?keyPrefix=${encodeURIComponent(prefix)}`);
  return (res.body.data as Array<{ key: string; to: string }>).map((m) => m.key);
};

describe('the monthly statistics report 月度统计报表', () => {
  afterAll(async () => {
    await as('admin').put('/api/statistics/monthly-report', { data: { enabled: false, recipients: [] } });
  });

  it('lets only an administrator change who receives it', async () => {
    const res = await as('director').put('/api/statistics/monthly-report', { data: { enabled: true, recipients: RECIPIENTS } });
    expect(res.status).toBe(403);
  });

  it('refuses an address that is not an e-mail address', async () => {
    const res = await as('admin').put('/api/statistics/monthly-report', { data: { enabled: true, recipients: ['经理'] } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ path: ['recipients'], message: '邮箱地址无效：经理' });
  });

  it('mails last month’s workbook to each manager once, from the first working day on', async () => {
    const saved = await as('admin').put('/api/statistics/monthly-report', { data: { enabled: true, recipients: RECIPIENTS } });
    expect(saved.body.data).toEqual({ enabled: true, recipients: RECIPIENTS });

    // 1 October is 国庆节: not yet.
    expect(await runReport('2026-10-01T02:00:00Z')).toEqual({ skipped: 'not-yet', month: '2026-09' });
    // Several instances' timers firing at once still queue one mail per manager.
    const passes = await Promise.all([runReport('2026-10-12T02:00:00Z'), runReport('2026-10-12T02:00:00Z'), runReport('2026-10-12T03:00:00Z')]);
    expect(passes.reduce((n, p) => n + (p.queued ?? 0), 0)).toBe(2);
    expect(await runReport('2026-10-13T02:00:00Z')).toEqual({ skipped: 'already-queued', month: '2026-09' });
    expect((await outboxKeys('monthly-report:2026-09:')).sort()).toEqual(RECIPIENTS.map((r) => `monthly-report:2026-09:${r}`).sort());
  });

  it('arrives with the workbook attached', async () => {
    const smtp = await startMailServer();
    try {
      await sendMail(new Date());
      const mail = smtp.mails.find((m) => m.to.includes(RECIPIENTS[0]) && m.subject.includes('2026-09'));
      expect(mail?.subject).toBe('【月度统计】2026-09 客服工作统计报表');
      expect(mail?.attachments.map((a) => a.filename)).toEqual(['统计报表-2026-09.xlsx']);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(mail!.attachments[0].content);
      expect(workbook.worksheets.map((s) => s.name)).toContain('投诉统计');
    } finally {
      await smtp.close();
    }
  });

  it('sends nothing while it is switched off', async () => {
    await as('admin').put('/api/statistics/monthly-report', { data: { enabled: false, recipients: RECIPIENTS } });
    expect(await runReport('2026-11-02T02:00:00Z')).toEqual({ skipped: 'disabled', month: '2026-10' });
  });
});
