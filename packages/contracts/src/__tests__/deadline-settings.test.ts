import { BUILT_IN_REGISTERS } from '../registers';
import {
  validateCalendarInput,
  validatePolicy,
  validateQuietHours,
  type DeadlinePolicyInput,
} from '../deadline-settings';

const valid: DeadlinePolicyInput = {
  name: '一般报修 24小时',
  register: 'repair-order',
  clock: 'handling',
  conditions: [{ field: 'urgency', operator: 'eq', value: 'general' }],
  startOn: 'created',
  amount: 24,
  unit: 'hours',
  agreedField: null,
  manual: false,
  pauseStates: ['paused'],
  stopStates: ['resolved', 'closed', 'void'],
  stopWhenField: null,
  warnBeforeMinutes: 120,
  warnNotify: null,
  escalation: [
    { level: 1, afterMinutes: 0, notify: 'supervisor' },
    { level: 2, afterMinutes: 1440, notify: 'director' },
  ],
  urgent: false,
  setsRecordDueAt: true,
  active: true,
};
const check = (input: Partial<DeadlinePolicyInput>, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  validatePolicy({ input: { ...valid, ...input }, registers: BUILT_IN_REGISTERS, locale }).map((p) => [
    p.path.join('.'),
    p.message,
  ]);

describe('validatePolicy: a policy is checked against the register it names', () => {
  it('accepts each seeded shape: a condition, pauses, a two-level chain, an address to notify', () => {
    expect(check({})).toEqual([]);
    expect(check({ escalation: [{ level: 1, afterMinutes: 0, notify: 'gm@wuye.test' }] })).toEqual([]);
    expect(check({ conditions: [{ field: 'urgency', operator: 'in', value: ['general', 'major'] }] })).toEqual([]);
  });

  it('warns a role, a record target or a typed address before the deadline, and nobody else', () => {
    expect(check({ warnNotify: 'assignee' })).toEqual([]);
    expect(check({ warnNotify: 'gm@wuye.test' })).toEqual([]);
    expect(check({ warnNotify: null })).toEqual([]);
    expect(check({ warnNotify: 'the boss' })).toEqual([['warnNotify', '通知对象必须是角色或邮箱地址']]);
  });

  it('names the form item of each problem', () => {
    expect(check({ name: ' ', clock: 'Handling!', amount: 1.5, unit: 'working_days', warnBeforeMinutes: 0 })).toEqual([
      ['name', '请填写规则名称'],
      ['clock', '时钟格式不正确'],
      ['amount', '时限必须是整数'],
      ['warnBeforeMinutes', '提前提醒（分钟）不能小于1'],
    ]);
  });

  it('refuses states, actions and fields the register does not have', () => {
    expect(check({ startOn: 'teleport', stopStates: ['resolved', 'archived'], agreedField: 'residentName' })).toEqual([
      ['startOn', '工程服务单没有“teleport”操作，不能从它开始计时'],
      ['stopStates.1', '“archived”不是工程服务单的状态'],
      ['agreedField', '工程服务单没有日期时间字段“residentName”'],
    ]);
  });

  it('tests only fields with fixed values, with values among their options', () => {
    expect(check({ conditions: [{ field: 'urgency', operator: 'eq', value: 'whenever' }] })).toEqual([
      ['conditions.0.value', expect.stringContaining('“whenever”无效')],
    ]);
    expect(check({ conditions: [{ field: 'urgency', operator: 'in', value: [] }] })).toHaveLength(1);
  });

  it('refuses an unknown register before looking further, and wrong shapes without throwing', () => {
    expect(check({ register: 'spaceship' })).toEqual([['register', '登记簿的取值“spaceship”无效']]);
    expect(check({ conditions: 'urgency=general' as never, manual: 'yes' as never })).toEqual([
      ['conditions', '适用条件必须是列表'],
      ['manual', '由经理确定时限只能是“是”或“否”'],
    ]);
  });

  it('speaks English to an English panel', () => {
    expect(check({ escalation: [{ level: 1, afterMinutes: 0, notify: 'the boss' }] }, 'en')).toEqual([
      ['escalation.0.notify', 'Notify a role or a mail address'],
    ]);
  });
});

describe('validateCalendarInput and validateQuietHours', () => {
  it('accepts real days and refuses impossible ones and a day in both lists', () => {
    expect(
      validateCalendarInput({
        input: { weekendDays: [0, 6], holidays: ['2027-01-01'], workdays: ['2027-02-07'], notes: null },
      }),
    ).toEqual([]);
    expect(
      validateCalendarInput({
        input: { holidays: ['2027-02-29', '2027-1-1'], workdays: ['2027-01-01'], weekendDays: [7] },
      }).map((p) => p.path.join('.')),
    ).toEqual(['weekendDays.0', 'holidays.0', 'holidays.1']);
    expect(
      validateCalendarInput({ input: { holidays: ['2027-10-01'], workdays: ['2027-10-01'] } }).map((p) => p.message),
    ).toEqual(['2027-10-01不能既是放假日又是调休上班日']);
  });

  it('takes quiet hours as HH:mm only', () => {
    expect(validateQuietHours({ input: { start: '21:00', end: '08:00' } })).toEqual([]);
    expect(validateQuietHours({ input: { start: '24:00', end: '8:00' } }).map((p) => p.path[0])).toEqual([
      'start',
      'end',
    ]);
  });
});
