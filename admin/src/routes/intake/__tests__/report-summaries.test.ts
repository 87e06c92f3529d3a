import { complaintRegister, repairOrderRegister } from '@wuyedesk/contracts';
import { excerptOf, reportFieldsOf, summarizeReports } from '../report-summaries';

describe('earlier reports of a caller', () => {
  it('lists complaints and repairs together, newest first, with their kind', () => {
    const reports = summarizeReports({
      sources: [
        {
          register: complaintRegister,
          records: [{ id: 'c1', number: 'TS-20261101-0001', receivedAt: '2026-11-01T02:00:00.000Z', kind: 'enquiry', status: 'closed', description: '停车费' }],
        },
        {
          register: repairOrderRegister,
          records: [{ id: 'r1', number: 'BX-20261120-0003', receivedAt: '2026-11-20T02:00:00.000Z', status: 'received', description: '水管漏水' }],
        },
      ],
      locale: 'zh-CN',
      repairLabel: '报修',
    });
    expect(reports.map((r) => [r.number, r.kind, r.status, r.excerpt])).toEqual([
      ['BX-20261120-0003', '报修', 'received', '水管漏水'],
      ['TS-20261101-0001', '咨询', 'closed', '停车费'],
    ]);
  });

  it('cuts a long description to one short line', () => {
    expect(excerptOf('一二三四五\n六七八九十', 6)).toBe('一二三四五 …');
    expect(excerptOf('短', 6)).toBe('短');
    expect(excerptOf(null)).toBe('');
  });

  it('asks a repair order for no kind, which it does not have', () => {
    expect(reportFieldsOf(repairOrderRegister)).toEqual(['number', 'receivedAt', 'status', 'description']);
    expect(reportFieldsOf(complaintRegister)).toContain('kind');
  });
});
