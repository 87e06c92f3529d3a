import type { DeadlinePolicyView } from '@wuyedesk/contracts';
import { builtIn } from '../../../test/fixtures';

const complaintRegister = builtIn('complaints');
import {
  blankPolicy,
  calendarYears,
  daysOfYear,
  durationText,
  escalationText,
  fieldsFromHttpError,
  policyInput,
  toPolicyInput,
  withDay,
} from '../settings-data';

describe('deadline settings: form values and what the page shows', () => {
  it('maps the server’s dotted error keys back onto list items of the form', () => {
    expect(
      fieldsFromHttpError({
        statusCode: 400,
        message: 'x',
        errors: { 'escalation.1.notify': ['通知对象必须是角色或邮箱地址'], amount: '时限不能小于0' },
      }),
    ).toEqual([
      { name: ['escalation', 1, 'notify'], errors: ['通知对象必须是角色或邮箱地址'] },
      { name: ['amount'], errors: ['时限不能小于0'] },
    ]);
  });

  it('sends empty optional items as null and trims the name', () => {
    const input = toPolicyInput({
      ...blankPolicy('complaint'),
      name: '  一般投诉  ',
      agreedField: '' as never,
      stopWhenField: undefined,
      warnBeforeMinutes: undefined,
    });
    expect(input).toMatchObject({
      name: '一般投诉',
      agreedField: null,
      stopWhenField: null,
      warnBeforeMinutes: null,
      conditions: [],
      escalation: [expect.any(Object)],
    });
  });

  it('edits a listed policy without its id and time stamp', () => {
    const view: DeadlinePolicyView = { ...blankPolicy('complaint'), id: 7, updatedAt: '2026-11-24T00:00:00.000Z' };
    expect(policyInput(view)).not.toHaveProperty('id');
    expect(policyInput(view)).not.toHaveProperty('updatedAt');
  });

  it('describes durations and escalation chains as the office says them', () => {
    const policy = {
      ...blankPolicy('complaint'),
      amount: 3,
      unit: 'working_days' as const,
      escalation: [
        { level: 2, afterMinutes: 120, notify: 'director' },
        { level: 1, afterMinutes: 0, notify: 'supervisor' },
      ],
    };
    expect(durationText(policy, complaintRegister, 'zh-CN')).toBe('3 工作日');
    expect(durationText({ ...policy, amount: 17.5, unit: 'time_of_day' }, complaintRegister, 'zh-CN')).toBe(
      '当日 17:30 前',
    );
    expect(escalationText(policy, 'zh-CN')).toBe('客服主管（到期时） → 服务中心主任（超时 2 小时后）');
    expect(escalationText(policy, 'en')).toBe(
      'Customer-service supervisor (when due) → Service-centre director (2 h late)',
    );
    expect(durationText({ ...policy, agreedField: 'agreedDueAt' }, complaintRegister, 'zh-CN')).toBe(
      complaintRegister.fields.find((f) => f.name === 'agreedDueAt')?.label['zh-CN'],
    );
  });

  it('offers this year, next year and every year with entries, and keeps day lists sorted without repeats', () => {
    expect(calendarYears(['2025-10-01', '2026-01-01'], 2026)).toEqual([2025, 2026, 2027]);
    expect(daysOfYear(['2025-10-01', '2026-01-01', '2026-02-17'], 2026)).toEqual(['2026-01-01', '2026-02-17']);
    expect(withDay(['2026-02-17', '2026-01-01'], '2026-01-01')).toEqual(['2026-01-01', '2026-02-17']);
  });
});
