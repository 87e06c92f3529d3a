/**
 * 按期催还 (docs/archives.md §5.2): a lent archive is chased until it is returned — a reminder to the borrower
 * a day before the due date, then every day after it, and the supervisor every two days from the
 * day after. A deadline policy like any other (administrators edit it in the panel), on the clock
 * 'return' that starts when the archive is lent and whose due time is the loan's 应还时间.
 */
export const RETURN_POLICY = {
  name: '借出档案按期催还',
  register: 'archive-loan',
  clock: 'return',
  conditions: [{ field: 'accessType', operator: 'eq' as const, value: 'loan' }],
  startOn: 'lend',
  amount: 0,
  unit: 'minutes' as const,
  agreedField: 'dueAt',
  manual: false,
  pauseStates: [] as string[],
  stopStates: ['returned', 'void'],
  stopWhenField: null,
  warnBeforeMinutes: 1440,
  warnNotify: 'field:requesterEmail',
  escalation: [
    { level: 1, afterMinutes: 0, notify: 'field:requesterEmail', repeatEveryMinutes: 1440, repeatTimes: 60 },
    { level: 2, afterMinutes: 1440, notify: 'supervisor', repeatEveryMinutes: 2880, repeatTimes: 30 },
  ],
  urgent: false,
  // Its due time is the loan's dueAt: overdue loans show on 超时工单 beside overdue work.
  setsRecordDueAt: true,
};
