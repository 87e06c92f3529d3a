import { createCalendar } from '../../engine';
import { historyNote, notifyName, stepMail } from '../messages';
import { MAX_REPEATS, planClock, planSteps } from '../plan';
import type { DeadlinePolicy } from '../types';

const DUE = new Date('2026-12-01T09:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An archive loan's return clock: the due date is the one agreed at lending (dueAt). */
const loanPolicy = (overrides: Partial<DeadlinePolicy> = {}): DeadlinePolicy => ({
  id: 1,
  name: '借出档案按期催还',
  register: 'archive-loan',
  clock: 'return',
  conditions: [],
  startOn: 'lend',
  amount: 0,
  unit: 'minutes',
  agreedField: 'dueAt',
  manual: false,
  pauseStates: [],
  stopStates: ['returned', 'void'],
  stopWhenField: null,
  warnBeforeMinutes: 1440,
  warnNotify: 'field:requesterEmail',
  escalation: [
    { level: 1, afterMinutes: 0, notify: 'field:requesterEmail', repeatEveryMinutes: 1440, repeatTimes: 3 },
    { level: 2, afterMinutes: 1440, notify: 'supervisor', repeatEveryMinutes: 2880, repeatTimes: 1 },
  ],
  urgent: false,
  setsRecordDueAt: true,
  active: true,
  ...overrides,
});

describe('repeating reminders (按期催还)', () => {
  it('plans the warning to the borrower a day before, then a reminder every day after the due time', () => {
    const steps = planSteps(loanPolicy(), DUE);
    expect(steps.map((s) => [s.key, s.at - DUE.getTime(), s.notify])).toEqual([
      ['warning', -DAY, 'field:requesterEmail'],
      ['level-1', 0, 'field:requesterEmail'],
      ['level-1-repeat-1', DAY, 'field:requesterEmail'],
      ['level-2', DAY, 'supervisor'],
      ['level-1-repeat-2', 2 * DAY, 'field:requesterEmail'],
      ['level-1-repeat-3', 3 * DAY, 'field:requesterEmail'],
      ['level-2-repeat-1', 3 * DAY, 'supervisor'],
    ]);
  });

  it('numbers the repeats and keeps each key distinct, so each is fired once', () => {
    const steps = planSteps(loanPolicy(), DUE);
    expect(new Set(steps.map((s) => s.key)).size).toBe(steps.length);
    expect(steps.find((s) => s.key === 'level-1-repeat-2')?.repeat).toBe(2);
    expect(steps.find((s) => s.key === 'level-1')?.repeat).toBeUndefined();
  });

  it('never plans more than MAX_REPEATS repeats, whatever the policy asks', () => {
    const policy = loanPolicy({
      escalation: [{ level: 1, afterMinutes: 0, notify: 'supervisor', repeatEveryMinutes: 60, repeatTimes: 100_000 }],
    });
    expect(planSteps(policy, DUE).filter((s) => s.repeat)).toHaveLength(MAX_REPEATS);
  });

  it('repeats nothing without repeatEveryMinutes, and warns the assignee when no warnNotify is set', () => {
    const policy = loanPolicy({
      warnNotify: null,
      escalation: [{ level: 1, afterMinutes: 0, notify: 'supervisor', repeatTimes: 5 }],
    });
    expect(planSteps(policy, DUE).map((s) => [s.key, s.notify])).toEqual([
      ['warning', 'assignee'],
      ['level-1', 'supervisor'],
    ]);
  });

  it('waits until the archive is lent, runs to the agreed due date, and stops once it is returned', () => {
    const base = {
      policy: loanPolicy(),
      startField: 'requestedAt',
      startStampField: 'lentAt',
      memory: null,
      at: new Date('2026-11-24T02:00:00.000Z'),
      fired: new Set<string>(),
      calendar: createCalendar(),
    };
    expect(planClock({ ...base, record: { requestedAt: '2026-11-24T01:00:00.000Z' }, status: 'approved' }).state).toBe(
      'waiting',
    );
    const lent = {
      requestedAt: '2026-11-24T01:00:00.000Z',
      lentAt: '2026-11-24T02:00:00.000Z',
      dueAt: DUE.toISOString(),
    };
    const running = planClock({ ...base, record: lent, status: 'lent', fired: new Set(['warning', 'level-1']) });
    expect(running).toMatchObject({ state: 'running', dueAt: DUE });
    expect(running.next?.key).toBe('level-1-repeat-1');
    expect(planClock({ ...base, record: lent, status: 'returned' })).toMatchObject({ state: 'stopped', next: null });
  });

  it('says in the history and the mail which reminder it is and whom it went to', () => {
    const step = planSteps(loanPolicy(), DUE).find((s) => s.key === 'level-1-repeat-2')!;
    expect(notifyName('field:requesterEmail')).toBe('申请人');
    expect(historyNote({ clock: 'return', step })).toBe('档案归还期限超时升级至申请人（第1级，第3次催告）');
    const mail = stepMail({
      clock: 'return',
      step,
      register: { key: 'archive-loan', label: { 'zh-CN': '档案查阅/借阅登记', en: 'Archive access' }, fields: [] },
      record: {},
      number: 'DA-20261124-0001',
      dueAt: DUE,
      now: new Date(DUE.getTime() + 2 * DAY),
      link: 'http://panel.test/archive-loans/show/x',
    });
    expect(mail.subject).toBe('【再次催告·第3次·第1级】档案查阅/借阅登记 DA-20261124-0001 档案归还期限已超时2天');
  });
});
