import type { HttpError } from '@refinedev/core';
import {
  DEADLINE_UNIT_LABELS,
  DEFAULT_ESCALATION_TARGETS,
  NOTIFY_TARGET_LABELS,
  NOTIFY_TARGETS,
  START_ON_CREATED,
  type DeadlinePolicyInput,
  type DeadlinePolicyView,
  type Locale,
  type RegisterDescription,
  type SettingsError,
} from '@wuyedesk/contracts';

export const POLICIES_URL = 'deadlines/settings/policies';
export const CALENDAR_URL = 'deadlines/settings/calendar';
export const QUIET_HOURS_URL = 'deadlines/settings/quiet-hours';

/**
 * Errors for antd's form.setFields. Its item names are typed per form, and these name list
 * positions (['escalation', 1, 'notify']) the typing cannot express, so the name is `never`.
 */
export type FieldErrors = Array<{ name: never; errors: string[] }>;

/** Client-side problems (contracts' validators) as antd field errors. */
export const fieldsFromProblems = (problems: readonly SettingsError[]): FieldErrors =>
  problems.map((p) => ({ name: p.path as never, errors: [p.message] }));

/**
 * The server's refusal as antd field errors. The data provider joins paths with '.'
 * ('escalation.1.notify'); numeric parts are list positions again here.
 */
export const fieldsFromHttpError = (error: HttpError): FieldErrors =>
  Object.entries(error.errors ?? {}).map(([key, messages]) => ({
    name: key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) as never,
    errors: (Array.isArray(messages) ? messages : [messages]).map(String),
  }));

/** A new policy's starting values: everything the form edits, nothing the server would reject for being absent. */
export const blankPolicy = (register: string): DeadlinePolicyInput => ({
  name: '',
  register,
  clock: 'handling',
  conditions: [],
  startOn: START_ON_CREATED,
  amount: 30,
  unit: 'minutes',
  agreedField: null,
  manual: false,
  pauseStates: [],
  stopStates: [],
  stopWhenField: null,
  warnBeforeMinutes: null,
  warnNotify: null,
  escalation: [{ level: 1, afterMinutes: 0, notify: DEFAULT_ESCALATION_TARGETS.first }],
  urgent: false,
  setsRecordDueAt: false,
  active: true,
});

/** The editable part of a listed policy. */
export const policyInput = ({ id: _id, updatedAt: _updatedAt, ...input }: DeadlinePolicyView): DeadlinePolicyInput =>
  input;

/** What the form holds, made into what the API takes: empty optional items become null, no stray keys. */
export const toPolicyInput = (values: Partial<DeadlinePolicyInput>): Partial<DeadlinePolicyInput> => ({
  ...values,
  name: typeof values.name === 'string' ? values.name.trim() : values.name,
  agreedField: values.agreedField || null,
  stopWhenField: values.stopWhenField || null,
  warnBeforeMinutes: values.warnBeforeMinutes ?? null,
  warnNotify: values.warnNotify || null,
  conditions: (values.conditions ?? []).filter(Boolean),
  escalation: (values.escalation ?? []).filter(Boolean),
  pauseStates: values.pauseStates ?? [],
  stopStates: values.stopStates ?? [],
});

export const notifyLabel = (notify: string, locale: Locale): string =>
  NOTIFY_TARGETS.includes(notify) ? (NOTIFY_TARGET_LABELS[notify]?.[locale] ?? notify) : notify;

/** "30 分钟", "3 工作日", "与住户约定", as the list shows a policy's duration. */
export const durationText = (
  policy: DeadlinePolicyInput,
  register: RegisterDescription | undefined,
  locale: Locale,
): string => {
  if (policy.agreedField) {
    const field = register?.fields.find((f) => f.name === policy.agreedField);
    return field ? field.label[locale] : policy.agreedField;
  }
  if (policy.unit === 'time_of_day') {
    const hours = Math.floor(policy.amount);
    const at = `${String(hours).padStart(2, '0')}:${String(Math.round((policy.amount - hours) * 60)).padStart(2, '0')}`;
    return locale === 'zh-CN' ? `当日 ${at} 前` : `by ${at} the same day`;
  }
  const unit = DEADLINE_UNIT_LABELS[policy.unit]?.[locale] ?? policy.unit;
  return `${policy.amount} ${unit}`;
};

/** "客服主管（到期） → 服务中心主任（+2 小时）" */
export const escalationText = (policy: DeadlinePolicyInput, locale: Locale): string =>
  [...policy.escalation]
    .sort((a, b) => a.level - b.level)
    .map((step) => {
      const who = notifyLabel(step.notify, locale);
      if (!step.afterMinutes) return locale === 'zh-CN' ? `${who}（到期时）` : `${who} (when due)`;
      const after =
        step.afterMinutes % 60 === 0
          ? `${step.afterMinutes / 60}${locale === 'zh-CN' ? ' 小时' : ' h'}`
          : `${step.afterMinutes}${locale === 'zh-CN' ? ' 分钟' : ' min'}`;
      return locale === 'zh-CN' ? `${who}（超时 ${after}后）` : `${who} (${after} late)`;
    })
    .join(' → ');

/** Days of one year from a sorted list of 'YYYY-MM-DD'. */
export const daysOfYear = (days: readonly string[], year: number): string[] =>
  days.filter((d) => d.startsWith(`${year}-`));

/** The years the calendar page offers: those with entries, this year and next. */
export const calendarYears = (days: readonly string[], thisYear: number): number[] =>
  [...new Set([thisYear, thisYear + 1, ...days.map((d) => Number(d.slice(0, 4)))])]
    .filter((y) => y >= 2000)
    .sort((a, b) => a - b);

/** Adds a day to a list once, keeping it sorted; removing is a filter. */
export const withDay = (days: readonly string[], day: string): string[] => [...new Set([...days, day])].sort();
