import { planMessages, type QueuedMail } from '../digest';

const mail = (id: number, to: string, digest: boolean): QueuedMail => ({ id, key: `k${id}`, to, subject: `提醒 ${id}`, text: `内容 ${id}`, html: null, digest });

describe('grouping claimed mail into messages', () => {
  it('sends mail that was not held through the night one by one', () => {
    expect(planMessages([mail(1, 'a@x', false), mail(2, 'a@x', false)]).map((m) => m.ids)).toEqual([[1], [2]]);
  });

  it('merges everything held for one recipient into one digest', () => {
    const messages = planMessages([mail(1, 'a@x', true), mail(2, 'b@x', true), mail(3, 'a@x', true)]);
    expect(messages.map((m) => [m.to, m.ids])).toEqual([
      ['a@x', [1, 3]],
      ['b@x', [2]],
    ]);
    expect(messages[0].subject).toBe('【夜间汇总】2 条时限提醒');
    expect(messages[0].text).toContain('提醒 1');
    expect(messages[0].text).toContain('内容 3');
  });

  it('keeps a lone held mail as it was written', () => {
    expect(planMessages([mail(4, 'a@x', true)])[0]).toMatchObject({ ids: [4], subject: '提醒 4' });
  });

  it('sends a held mail with a file on its own, file attached, never inside a digest', () => {
    const report = { ...mail(5, 'a@x', true), attachments: [{ filename: 'r.xlsx', contentType: 'application/x', content: 'AAAA' }] };
    const messages = planMessages([mail(6, 'a@x', true), report, mail(7, 'a@x', true)]);
    expect(messages.map((m) => m.ids)).toEqual([[5], [6, 7]]);
    expect(messages[0].attachments).toEqual(report.attachments);
  });
});
