import { complaintRegister, repairOrderRegister, type FieldDescription } from '@wuyedesk/contracts';
import { clampText, printedValue } from '../print-value';

const WORDS = { yes: '是', no: '否', separator: '、' };
const fieldOf = (name: string, register = complaintRegister): FieldDescription => {
  const field = register.fields.find((f) => f.name === name);
  if (!field) throw new Error(name);
  return field;
};
const printed = (name: string, value: unknown, register = complaintRegister) =>
  printedValue({ register, field: fieldOf(name, register), value, locale: 'zh-CN', registers: [], words: WORDS }).text;

describe('a value on the paper form', () => {
  it('shows times on the office clock (Asia/Shanghai)', () => {
    expect(printed('receivedAt', '2026-11-24T01:30:00.000Z')).toBe('2026-11-24 09:30');
  });

  it('names options, states and linked records as staff say them', () => {
    expect(printed('channel', 'phone')).toBe('来电');
    expect(printed('status', 'dispatched')).toBe('已派单');
    expect(printed('unit', { documentId: 'u1', code: '3-1-501' })).toBe('3-1-501');
    expect(printed('receivedBy', { id: 1, username: 'staff', fullName: '王芳' })).toBe('王芳');
  });

  it('writes money, yes and no', () => {
    expect(printed('fee', 35, repairOrderRegister)).toBe('¥35.00');
    expect(printed('residentConfirmed', false, repairOrderRegister)).toBe('否');
  });

  it('leaves a blank for the pen', () => {
    expect(printed('resolution', null)).toBe('');
    expect(printed('department', undefined)).toBe('');
  });

  it('cuts an extreme description so the form stays on one page', () => {
    expect(clampText('一二三四五', 3)).toEqual({ text: '一二三…', isClamped: true });
    expect(clampText('一二三', 3)).toEqual({ text: '一二三', isClamped: false });
    expect(printedValue({ register: complaintRegister, field: fieldOf('description'), value: '长'.repeat(900), locale: 'zh-CN', registers: [], words: WORDS }).isClamped).toBe(true);
  });
});
