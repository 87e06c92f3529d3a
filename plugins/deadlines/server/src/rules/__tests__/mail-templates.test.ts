import { complaintRegister, keyLoanRegister, LOCALES } from '@wuyedesk/contracts';
import { STEP_MAIL_TEMPLATES, templateFor } from '../mail-templates';
import { stepMail } from '../messages';
import type { PlannedStep } from '../types';

const DUE = new Date('2026-11-20T10:00:00.000Z'); // 18:00 Shanghai
const escalation: PlannedStep = { key: 'level-1', at: DUE.getTime(), kind: 'escalation', level: 1, notify: 'supervisor' };

const keyLoan = {
  number: 'YS-20261120-0003',
  key: { code: 'K-3-0201', name: '3栋2单元201入户门', cabinetSlot: 'A-12', unit: { code: '3-2-201' } },
  borrower: '王师傅',
  borrowerOrganisation: '工程部',
  borrowerPhone: '13800001111',
  purpose: 'repair',
  approver: { username: 'dept-head', fullName: '李工' },
  borrowedAt: '2026-11-20T01:00:00.000Z',
  dueAt: DUE.toISOString(),
};

const mailOf = (locale: 'zh-CN' | 'en') =>
  stepMail({ clock: 'same-day-return', step: escalation, register: keyLoanRegister, record: keyLoan, number: keyLoan.number, dueAt: DUE, now: new Date(DUE.getTime() + 60_000), link: 'http://panel.test/key-loans/show/x', locale });

describe('deadline mail templates (a catalogue, one per kind of mail)', () => {
  it('names the key, its place, the borrower, the approver and when it was due — not a resident or a department', () => {
    const { subject, text } = mailOf('zh-CN');
    expect(subject).toBe('【超时升级·第1级】钥匙借用登记 YS-20261120-0003 钥匙当日归还时限已超时1分钟');
    expect(text.split('\n').slice(0, 11)).toEqual([
      '以下钥匙已超过钥匙当日归还时限仍未归还，现升级至客服主管，请督促归还：',
      '',
      '编号：YS-20261120-0003',
      '钥匙：K-3-0201 3栋2单元201入户门',
      '存放位置：A-12',
      '所属房屋：3-2-201',
      '借用人：王师傅 工程部 13800001111',
      '借用事由：维修',
      '审批人：李工',
      '借出时间：2026-11-20 09:00',
      '应还时间：2026-11-20 18:00',
    ]);
    expect(text).not.toContain('住户');
    expect(text).not.toContain('责任部门');
  });

  it('has the same mail in English', () => {
    const { subject, text } = mailOf('en');
    expect(subject).toBe('[Escalated · level 1] Key loans YS-20261120-0003: same-day return time passed 1 min ago');
    expect(text).toContain('Key: K-3-0201 3栋2单元201入户门');
    expect(text).toContain('Approved by: 李工');
    expect(text).toContain('Due back at: 2026-11-20 18:00');
  });

  it('keeps the resident report mail for complaints (resident, department, or not dispatched)', () => {
    const { text } = stepMail({ clock: 'handling', step: escalation, register: complaintRegister, record: { residentName: '刘洋', department: null }, number: 'TS-1', dueAt: DUE, now: DUE, link: 'x' });
    expect(text).toContain('住户：刘洋');
    expect(text).toContain('责任部门：未派单');
    expect(templateFor('complaint')).toBe(STEP_MAIL_TEMPLATES.record);
  });

  it('writes every template in every language, and no register in two templates', () => {
    for (const template of Object.values(STEP_MAIL_TEMPLATES)) {
      const labels = [template.intro.warning, template.intro.escalation, template.dueLabel, ...template.lines.map((line) => line.label)];
      for (const locale of LOCALES) expect(labels.filter((label) => !label[locale].trim())).toEqual([]);
    }
    const registers = Object.values(STEP_MAIL_TEMPLATES).flatMap((t) => t.registers as string[]);
    expect(new Set(registers).size).toBe(registers.length);
  });
});
