import type { CallbackRuleInput } from '@wuyedesk/contracts';

const ALL_METHODS = ['visit', 'phone', 'written', 'onsite', 'random'];

/** docs/callbacks.md as rules an administrator then edits: windows, rates, who calls. */
export const DEFAULT_RULES: CallbackRuleInput[] = [
  {
    name: '投诉回访 7天内 100%（客服主管）',
    register: 'complaint',
    conditions: [{ field: 'kind', operator: 'eq', value: 'complaint' }],
    trigger: 'resolve',
    windowAmount: 7,
    windowUnit: 'calendar_days',
    rate: 100,
    callerRole: 'supervisor',
    methods: ALL_METHODS,
    active: true,
  },
  {
    name: '报修回访 10天内 抽样30%（客服助理）',
    register: 'repair-order',
    conditions: [],
    trigger: 'resolve',
    windowAmount: 10,
    windowUnit: 'calendar_days',
    rate: 30,
    callerRole: 'staff',
    methods: ALL_METHODS,
    active: true,
  },
  {
    name: '其他服务回访 7天内 抽样30%（客服助理）',
    register: 'complaint',
    conditions: [{ field: 'kind', operator: 'in', value: ['help', 'paperwork'] }],
    trigger: 'resolve',
    windowAmount: 7,
    windowUnit: 'calendar_days',
    rate: 30,
    callerRole: 'staff',
    methods: ALL_METHODS,
    active: true,
  },
];

/**
 * Overdue callbacks escalate through the deadlines plugin (not a timer of our own): a clock on
 * every callback task, due at its dueAt, to the supervisor when it passes and to the director a
 * day later. The clock's name is what the mail says ("回访时限已超时…").
 */
export const CALLBACK_DEADLINE_POLICY = {
  name: '回访超时升级',
  register: 'callback',
  clock: '回访时限',
  conditions: [],
  startOn: 'created',
  amount: 0,
  unit: 'minutes',
  agreedField: 'dueAt',
  manual: false,
  pauseStates: [],
  stopStates: ['done'],
  stopWhenField: null,
  warnBeforeMinutes: null,
  escalation: [
    { level: 1, afterMinutes: 0, notify: 'supervisor' },
    { level: 2, afterMinutes: 1440, notify: 'director' },
  ],
  urgent: false,
  setsRecordDueAt: false,
  active: true,
};
