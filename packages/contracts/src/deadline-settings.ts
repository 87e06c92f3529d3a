/**
 * The deadline settings an administrator edits in the panel (时限设置): policies, the working
 * calendar and quiet hours. The server validates with these functions and the panel's forms
 * show the same messages, so a rule refused on save was already flagged on the field.
 */
import { FIELD_MESSAGES, formatMessage, type FieldErrorCode } from './messages';
import { ROLES, ROLE_KEYS } from './roles';
import type { Label, Locale, RegisterDescription } from './types';
import { CONDITION_OPERATORS, type Condition, type ConditionOperator } from './conditions';

/** Units that are an amount of time: monotonic and additive (property-tested in the engine). */
export const DURATION_UNITS = ['minutes', 'hours', 'calendar_days', 'working_days', 'working_hours'] as const;
/**
 * time_of_day: due "today at" a wall-clock time, `amount` hours after local midnight (18 = 18:00,
 * 17.5 = 17:30) — the key cabinet's closing time. Started at or after that time, due at once.
 */
export const DEADLINE_UNITS = [...DURATION_UNITS, 'time_of_day'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

export const DEADLINE_UNIT_LABELS: Record<DeadlineUnit, Label> = {
  minutes: { 'zh-CN': '分钟', en: 'minutes' },
  hours: { 'zh-CN': '小时', en: 'hours' },
  calendar_days: { 'zh-CN': '自然日', en: 'calendar days' },
  working_days: { 'zh-CN': '工作日', en: 'working days' },
  working_hours: { 'zh-CN': '工作小时', en: 'working hours' },
  time_of_day: { 'zh-CN': '点（当日该时刻前）', en: "o'clock the same day" },
};

export const CONDITION_OPERATOR_LABELS: Record<ConditionOperator, Label> = {
  eq: { 'zh-CN': '等于', en: 'is' },
  ne: { 'zh-CN': '不等于', en: 'is not' },
  in: { 'zh-CN': '属于', en: 'is one of' },
};

/** Targets that depend on the record: its department's mailbox, its assignee. */
const RECORD_TARGET_LABELS = {
  'department-head': { 'zh-CN': '责任部门', en: 'Responsible department' },
  assignee: { 'zh-CN': '处理人', en: 'Assignee' },
} as const;

/** Whom an escalation step notifies: every person of a role, or the record's own; anything else must be a mail address. */
export const NOTIFY_TARGETS: readonly string[] = [...ROLE_KEYS, ...Object.keys(RECORD_TARGET_LABELS)];

/** A role, a target on the record (its assignee…) or a mail address typed in. */
const isNotifyTarget = (notify: string): boolean => NOTIFY_TARGETS.includes(notify) || MAIL.test(notify);

export const NOTIFY_TARGET_LABELS: Record<string, Label> = {
  ...Object.fromEntries(ROLES.map((r) => [r.key, r.label])),
  ...RECORD_TARGET_LABELS,
};

/** 'created' starts a clock when the record is recorded; any workflow action name at that action. */
export const START_ON_CREATED = 'created';

/** A deadline policy's condition: the one condition language (`conditions.ts`). */
export type PolicyCondition = Condition;

export interface PolicyEscalationStep {
  /** 1 = supervisor, 2 = director… */
  level: number;
  /** Minutes after the due time. */
  afterMinutes: number;
  notify: string;
}

/** A deadline policy as the panel edits it (the plugin's record without bookkeeping). */
export interface DeadlinePolicyInput {
  name: string;
  register: string;
  clock: string;
  conditions: PolicyCondition[];
  startOn: string;
  amount: number;
  unit: DeadlineUnit;
  agreedField: string | null;
  manual: boolean;
  pauseStates: string[];
  stopStates: string[];
  stopWhenField: string | null;
  warnBeforeMinutes: number | null;
  /** Who the warning before the deadline goes to: a role, a record target or a mail address; null = the assignee. */
  warnNotify: string | null;
  escalation: PolicyEscalationStep[];
  urgent: boolean;
  setsRecordDueAt: boolean;
  active: boolean;
}

export interface DeadlinePolicyView extends DeadlinePolicyInput {
  id: number;
  updatedAt: string | null;
}

/** Labels of the policy form, used in its messages and by the panel. */
export const POLICY_FIELD_LABELS: Record<keyof DeadlinePolicyInput, Label> = {
  name: { 'zh-CN': '规则名称', en: 'Name' },
  register: { 'zh-CN': '登记簿', en: 'Register' },
  clock: { 'zh-CN': '时钟', en: 'Clock' },
  conditions: { 'zh-CN': '适用条件', en: 'Applies when' },
  startOn: { 'zh-CN': '开始计时', en: 'Starts at' },
  amount: { 'zh-CN': '时限', en: 'Duration' },
  unit: { 'zh-CN': '单位', en: 'Unit' },
  agreedField: { 'zh-CN': '约定时限字段', en: 'Agreed-deadline field' },
  manual: { 'zh-CN': '由经理确定时限', en: 'Set by the manager' },
  pauseStates: { 'zh-CN': '暂停计时的状态', en: 'Paused in states' },
  stopStates: { 'zh-CN': '停止计时的状态', en: 'Stopped in states' },
  stopWhenField: { 'zh-CN': '填写后停止计时的字段', en: 'Stopped once this field is filled' },
  warnBeforeMinutes: { 'zh-CN': '提前提醒（分钟）', en: 'Warn before (minutes)' },
  warnNotify: { 'zh-CN': '提醒对象', en: 'Warn whom' },
  escalation: { 'zh-CN': '升级通知', en: 'Escalation' },
  urgent: { 'zh-CN': '紧急（不受免打扰时段限制）', en: 'Urgent (ignores quiet hours)' },
  setsRecordDueAt: { 'zh-CN': '作为记录的处理时限', en: "Sets the record's due time" },
  active: { 'zh-CN': '启用', en: 'Active' },
};

const MORE_MESSAGES = {
  NO_WORKFLOW_STATE: { 'zh-CN': '“{value}”不是{register}的状态', en: '"{value}" is not a state of {register}' },
  NOT_START: {
    'zh-CN': '{register}没有“{value}”操作，不能从它开始计时',
    en: '{register} has no action "{value}" to start the clock',
  },
  NOT_DATETIME_FIELD: {
    'zh-CN': '{register}没有日期时间字段“{value}”',
    en: '{register} has no date-time field "{value}"',
  },
  NOT_CONDITION_FIELD: {
    'zh-CN': '{register}没有可作为条件的字段“{value}”',
    en: '{register} has no field "{value}" to test',
  },
  NOT_NOTIFY: { 'zh-CN': '通知对象必须是角色或邮箱地址', en: 'Notify a role or a mail address' },
  DUPLICATE_LEVEL: { 'zh-CN': '升级级别{level}重复', en: 'Escalation level {level} appears twice' },
  DAY_TWICE: {
    'zh-CN': '{value}不能既是放假日又是调休上班日',
    en: '{value} cannot be both a holiday and a make-up working day',
  },
  NOT_CLOCK_TIME: { 'zh-CN': '{label}必须是“时:分”（如 21:00）', en: '{label} must be HH:mm (e.g. 21:00)' },
  NOT_LIST: { 'zh-CN': '{label}必须是列表', en: '{label} must be a list' },
} as const satisfies Record<string, Label>;

export type SettingsErrorCode = FieldErrorCode | keyof typeof MORE_MESSAGES;

/** A problem with one part of a setting; `path` names the form item (['escalation', 1, 'notify']). */
export interface SettingsError {
  path: Array<string | number>;
  code: SettingsErrorCode;
  message: string;
}

const problem = (
  path: Array<string | number>,
  code: SettingsErrorCode,
  locale: Locale,
  params: Record<string, string | number> = {},
): SettingsError => {
  const template = (
    code in MORE_MESSAGES ? MORE_MESSAGES[code as keyof typeof MORE_MESSAGES] : FIELD_MESSAGES[code as FieldErrorCode]
  )[locale];
  return { path, code, message: formatMessage(template, params) };
};

const isWholeAtLeast = (value: unknown, min: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min;
const MAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Fields a condition may test: the ones with a fixed set of values. */
export const conditionFields = (register: RegisterDescription) =>
  register.fields.filter((f) => f.type === 'enum' || f.type === 'boolean');

/** Everything wrong with a policy, each named by its form item; [] when it can be saved. */
export const validatePolicy = ({
  input,
  registers,
  locale = 'zh-CN',
}: {
  input: Partial<DeadlinePolicyInput>;
  registers: readonly RegisterDescription[];
  locale?: Locale;
}): SettingsError[] => {
  const problems: SettingsError[] = [];
  const label = (name: keyof DeadlinePolicyInput) => POLICY_FIELD_LABELS[name][locale];
  const lists = ['conditions', 'pauseStates', 'stopStates', 'escalation'] as const;
  const notLists = lists.filter((key) => input[key] != null && !Array.isArray(input[key]));
  notLists.forEach((key) => problems.push(problem([key], 'NOT_LIST', locale, { label: label(key) })));
  (['manual', 'urgent', 'setsRecordDueAt', 'active'] as const)
    .filter((key) => input[key] != null && typeof input[key] !== 'boolean')
    .forEach((key) => problems.push(problem([key], 'NOT_BOOLEAN', locale, { label: label(key) })));
  (['agreedField', 'stopWhenField'] as const)
    .filter((key) => input[key] != null && typeof input[key] !== 'string')
    .forEach((key) => problems.push(problem([key], 'NOT_TEXT', locale, { label: label(key) })));
  if (problems.length) return problems;
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (!name) problems.push(problem(['name'], 'REQUIRED', locale, { label: label('name') }));
  else if (name.length > 100) problems.push(problem(['name'], 'TOO_LONG', locale, { label: label('name'), max: 100 }));
  if (!input.clock || !/^[a-z][a-z0-9-]{0,39}$/.test(input.clock))
    problems.push(problem(['clock'], 'PATTERN', locale, { label: label('clock') }));
  if (typeof input.amount !== 'number' || !Number.isFinite(input.amount)) {
    problems.push(problem(['amount'], 'NOT_NUMBER', locale, { label: label('amount') }));
  } else if (input.amount < 0) {
    problems.push(problem(['amount'], 'TOO_SMALL', locale, { label: label('amount'), min: 0 }));
  } else if (input.unit === 'working_days' && !Number.isInteger(input.amount)) {
    problems.push(problem(['amount'], 'NOT_INTEGER', locale, { label: label('amount') }));
  } else if (input.unit === 'time_of_day' && input.amount > 24) {
    problems.push(problem(['amount'], 'TOO_LARGE', locale, { label: label('amount'), max: 24 }));
  }
  if (!DEADLINE_UNITS.includes(input.unit as DeadlineUnit)) {
    problems.push(problem(['unit'], 'NOT_OPTION', locale, { label: label('unit'), value: String(input.unit ?? '') }));
  }
  if (input.warnBeforeMinutes != null && !isWholeAtLeast(input.warnBeforeMinutes, 1)) {
    problems.push(problem(['warnBeforeMinutes'], 'TOO_SMALL', locale, { label: label('warnBeforeMinutes'), min: 1 }));
  }
  if (input.warnNotify != null && !isNotifyTarget(String(input.warnNotify))) {
    problems.push(problem(['warnNotify'], 'NOT_NOTIFY', locale));
  }

  const register = registers.find((r) => r.key === input.register);
  if (!register) {
    problems.push(
      problem(['register'], 'NOT_OPTION', locale, { label: label('register'), value: String(input.register ?? '') }),
    );
    return problems;
  }
  const registerName = register.label[locale];
  const states = new Set(register.workflow?.states.map((s) => s.value) ?? []);
  const datetime = new Set(register.fields.filter((f) => f.type === 'datetime').map((f) => f.name));
  const stampFields = new Set(register.fields.map((f) => f.name));

  const startOptions = [START_ON_CREATED, ...(register.workflow?.actions.map((a) => a.name) ?? [])];
  if (!startOptions.includes(String(input.startOn))) {
    problems.push(
      problem(['startOn'], 'NOT_START', locale, { register: registerName, value: String(input.startOn ?? '') }),
    );
  }
  for (const key of ['pauseStates', 'stopStates'] as const) {
    (input[key] ?? []).forEach((state, index) => {
      if (!states.has(state))
        problems.push(problem([key, index], 'NO_WORKFLOW_STATE', locale, { register: registerName, value: state }));
    });
  }
  for (const key of ['agreedField', 'stopWhenField'] as const) {
    const value = input[key];
    if (value && !(key === 'agreedField' ? datetime.has(value) : stampFields.has(value))) {
      problems.push(problem([key], 'NOT_DATETIME_FIELD', locale, { register: registerName, value }));
    }
  }

  const testable = conditionFields(register);
  (input.conditions ?? []).forEach((condition, index) => {
    const field = testable.find((f) => f.name === condition?.field);
    if (!field) {
      problems.push(
        problem(['conditions', index, 'field'], 'NOT_CONDITION_FIELD', locale, {
          register: registerName,
          value: String(condition?.field ?? ''),
        }),
      );
      return;
    }
    if (!CONDITION_OPERATORS.includes(condition.operator)) {
      problems.push(
        problem(['conditions', index, 'operator'], 'NOT_OPTION', locale, {
          label: field.label[locale],
          value: String(condition.operator),
        }),
      );
      return;
    }
    const allowed = field.type === 'boolean' ? [true, false] : (field.options ?? []).map((o) => o.value);
    const values =
      condition.operator === 'in'
        ? Array.isArray(condition.value)
          ? condition.value
          : [condition.value]
        : [condition.value];
    const wrong = values.find((v) => !allowed.includes(v as never));
    if (!values.length || wrong !== undefined) {
      problems.push(
        problem(['conditions', index, 'value'], 'NOT_OPTION', locale, {
          label: field.label[locale],
          value: String(wrong ?? ''),
        }),
      );
    }
  });

  const levels = new Set<number>();
  (input.escalation ?? []).forEach((step, index) => {
    if (!isWholeAtLeast(step?.level, 1)) {
      problems.push(
        problem(['escalation', index, 'level'], 'TOO_SMALL', locale, { label: label('escalation'), min: 1 }),
      );
    } else if (levels.has(step.level)) {
      problems.push(problem(['escalation', index, 'level'], 'DUPLICATE_LEVEL', locale, { level: step.level }));
    } else {
      levels.add(step.level);
    }
    if (!isWholeAtLeast(step?.afterMinutes, 0)) {
      problems.push(
        problem(['escalation', index, 'afterMinutes'], 'TOO_SMALL', locale, { label: label('escalation'), min: 0 }),
      );
    }
    if (!isNotifyTarget(String(step?.notify ?? ''))) {
      problems.push(problem(['escalation', index, 'notify'], 'NOT_NOTIFY', locale));
    }
  });
  return problems;
};

/** The working calendar as the panel edits it: weekends, holidays (放假) and make-up days (调休上班). */
export interface CalendarInput {
  weekendDays: number[];
  holidays: string[];
  workdays: string[];
  notes: string | null;
}

export const CALENDAR_FIELD_LABELS: Record<keyof CalendarInput, Label> = {
  weekendDays: { 'zh-CN': '每周休息日', en: 'Weekly days off' },
  holidays: { 'zh-CN': '法定节假日（放假）', en: 'Public holidays (days off)' },
  workdays: { 'zh-CN': '调休上班日', en: 'Make-up working days' },
  notes: { 'zh-CN': '备注', en: 'Notes' },
};

const isRealDay = (value: unknown): value is string => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

export const validateCalendarInput = ({
  input,
  locale = 'zh-CN',
}: {
  input: Partial<CalendarInput>;
  locale?: Locale;
}): SettingsError[] => {
  const problems: SettingsError[] = [];
  const label = (name: keyof CalendarInput) => CALENDAR_FIELD_LABELS[name][locale];
  (['weekendDays', 'holidays', 'workdays'] as const)
    .filter((key) => input[key] != null && !Array.isArray(input[key]))
    .forEach((key) => problems.push(problem([key], 'NOT_LIST', locale, { label: label(key) })));
  if (input.notes != null && typeof input.notes !== 'string')
    problems.push(problem(['notes'], 'NOT_TEXT', locale, { label: label('notes') }));
  if (problems.length) return problems;
  (input.weekendDays ?? []).forEach((day, index) => {
    if (!isWholeAtLeast(day, 0) || day > 6)
      problems.push(
        problem(['weekendDays', index], 'NOT_OPTION', locale, { label: label('weekendDays'), value: String(day) }),
      );
  });
  for (const key of ['holidays', 'workdays'] as const) {
    (input[key] ?? []).forEach((day, index) => {
      if (!isRealDay(day)) problems.push(problem([key, index], 'NOT_DATE', locale, { label: label(key) }));
    });
  }
  const holidays = new Set(input.holidays ?? []);
  (input.workdays ?? []).forEach((day, index) => {
    if (holidays.has(day)) problems.push(problem(['workdays', index], 'DAY_TWICE', locale, { value: day }));
  });
  if (typeof input.notes === 'string' && input.notes.length > 2000) {
    problems.push(problem(['notes'], 'TOO_LONG', locale, { label: label('notes'), max: 2000 }));
  }
  return problems;
};

/** Quiet hours (免打扰时段), Shanghai wall clock; null = none. */
export interface QuietHoursInput {
  start: string;
  end: string;
}

export const QUIET_HOURS_LABELS: Record<keyof QuietHoursInput, Label> = {
  start: { 'zh-CN': '开始时间', en: 'From' },
  end: { 'zh-CN': '结束时间', en: 'Until' },
};

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const validateQuietHours = ({
  input,
  locale = 'zh-CN',
}: {
  input: Partial<QuietHoursInput>;
  locale?: Locale;
}): SettingsError[] =>
  (['start', 'end'] as const)
    .filter((key) => !CLOCK_TIME.test(String(input[key] ?? '')))
    .map((key) => problem([key], 'NOT_CLOCK_TIME', locale, { label: QUIET_HOURS_LABELS[key][locale] }));
