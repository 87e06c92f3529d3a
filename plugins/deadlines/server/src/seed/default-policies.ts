import type { DeadlinePolicy, EscalationStep } from '../rules/types';

export type PolicySeed = Omit<DeadlinePolicy, 'id' | 'active'> & { active?: boolean };

const HANDLING_STOPS = ['resolved', 'closed', 'void'];
/** Supervisor when the deadline passes, the director after `directorAfterMinutes` more (docs/deadlines.md §2.6). */
const chain = (directorAfterMinutes: number): EscalationStep[] => [
  { level: 1, afterMinutes: 0, notify: 'supervisor' },
  { level: 2, afterMinutes: directorAfterMinutes, notify: 'director' },
];

const base = {
  startOn: 'created', agreedField: null, manual: false, pauseStates: [] as string[], stopStates: HANDLING_STOPS,
  stopWhenField: null, warnBeforeMinutes: null, urgent: false, setsRecordDueAt: false,
} satisfies Partial<PolicySeed>;

const complexity = (value: string) => [{ field: 'complexity', operator: 'eq' as const, value }];
const urgency = (value: string) => [{ field: 'urgency', operator: 'eq' as const, value }];

/** Every deadline of docs/deadlines.md, as the policies an administrator then edits. */
export const DEFAULT_POLICIES: PolicySeed[] = [
  // 客户诉求 handling by complexity: 30 minutes / 3 hours / 3 days / agreed with the resident.
  { ...base, name: '一般投诉 30分钟', register: 'complaint', clock: 'handling', conditions: complexity('general'), amount: 30, unit: 'minutes', warnBeforeMinutes: 10, escalation: chain(120), urgent: true, setsRecordDueAt: true },
  { ...base, name: '较复杂投诉 3小时', register: 'complaint', clock: 'handling', conditions: complexity('fairly_complex'), amount: 3, unit: 'hours', warnBeforeMinutes: 30, escalation: chain(240), urgent: true, setsRecordDueAt: true },
  { ...base, name: '复杂投诉 3天（书面告知原因和预计时间）', register: 'complaint', clock: 'handling', conditions: complexity('complex'), amount: 3, unit: 'calendar_days', warnBeforeMinutes: 240, escalation: chain(1440), setsRecordDueAt: true },
  { ...base, name: '特别复杂投诉 与住户约定时限', register: 'complaint', clock: 'handling', conditions: complexity('very_complex'), amount: 0, unit: 'minutes', agreedField: 'agreedDueAt', warnBeforeMinutes: 240, escalation: chain(1440), setsRecordDueAt: true },
  // The resident hears the outcome within 24 hours: a second clock, stopped once staff mark them informed.
  { ...base, name: '24小时内反馈住户', register: 'complaint', clock: 'feedback', conditions: [], amount: 24, unit: 'hours', stopStates: ['closed', 'void'], stopWhenField: 'customerNotifiedAt', escalation: [{ level: 1, afterMinutes: 0, notify: 'supervisor' }] },
  // 书面咨询: a written enquiry gets a written reply within 2 days.
  { ...base, name: '书面咨询 2天内书面答复', register: 'complaint', clock: 'written-reply', conditions: [{ field: 'channel', operator: 'eq', value: 'letter' }, { field: 'kind', operator: 'eq', value: 'enquiry' }], amount: 2, unit: 'calendar_days', escalation: [{ level: 1, afterMinutes: 0, notify: 'supervisor' }] },
  // Other offices' rule: complaint handling at most 3 working days, whatever the complexity.
  { ...base, name: '投诉处理不超过3个工作日', register: 'complaint', clock: 'working-day-limit', conditions: [{ field: 'complexity', operator: 'ne', value: 'very_complex' }], amount: 3, unit: 'working_days', escalation: [{ level: 2, afterMinutes: 0, notify: 'director' }] },
  // 工程服务单 by urgency: 2 hours / 24 hours / 1 week / set by the manager. 'paused' stops the clock.
  { ...base, name: '简单/紧急报修 2小时', register: 'repair-order', clock: 'handling', conditions: urgency('urgent'), amount: 2, unit: 'hours', pauseStates: ['paused'], warnBeforeMinutes: 30, escalation: chain(120), urgent: true, setsRecordDueAt: true },
  { ...base, name: '一般报修 24小时', register: 'repair-order', clock: 'handling', conditions: urgency('general'), amount: 24, unit: 'hours', pauseStates: ['paused'], warnBeforeMinutes: 120, escalation: chain(1440), setsRecordDueAt: true },
  { ...base, name: '大的报修 1周', register: 'repair-order', clock: 'handling', conditions: urgency('major'), amount: 7, unit: 'calendar_days', pauseStates: ['paused'], warnBeforeMinutes: 1440, escalation: chain(2880), setsRecordDueAt: true },
  // 重大报修: reported up; the clock waits until the manager's deadline is entered (managerDueAt).
  { ...base, name: '重大报修 上报，由经理确定时限', register: 'repair-order', clock: 'handling', conditions: urgency('critical'), amount: 0, unit: 'minutes', agreedField: 'managerDueAt', pauseStates: ['paused'], warnBeforeMinutes: 1440, escalation: chain(1440), setsRecordDueAt: true },
  // 钥匙: back the same day by the closing time an administrator sets here (18:00); every key still out is overdue then.
  { ...base, name: '钥匙当日归还 18:00', register: 'key-loan', clock: 'same-day-return', conditions: [], amount: 18, unit: 'time_of_day', stopStates: ['returned', 'lost'], escalation: [{ level: 1, afterMinutes: 0, notify: 'supervisor' }], urgent: true, setsRecordDueAt: true },
  // 钥匙盘点/档案清点: a scheduled count not finished by the end of its period is overdue (dueAt set when it is scheduled).
  { ...base, name: '钥匙盘点 周期内完成', register: 'key-count', clock: 'count', conditions: [], amount: 0, unit: 'minutes', agreedField: 'dueAt', stopStates: ['counted'], escalation: [{ level: 1, afterMinutes: 0, notify: 'supervisor' }], setsRecordDueAt: true },
  { ...base, name: '档案半年清点 周期内完成', register: 'archive-check', clock: 'count', conditions: [], amount: 0, unit: 'minutes', agreedField: 'dueAt', stopStates: ['counted'], escalation: [{ level: 1, afterMinutes: 0, notify: 'supervisor' }], setsRecordDueAt: true },
];
