import { PHONE_PATTERN } from './patterns';
import { FIELD_MESSAGES, formatMessage, type FieldErrorCode } from './messages';
import { conditionHolds } from './conditions';
import { conditionalRequirementErrors } from './rules';
import type { FieldDescription, Locale, RegisterDescription, WorkflowAction } from './types';

export interface FieldError {
  /** Strapi's shape: the field name as a one-element path. */
  path: string[];
  code: FieldErrorCode;
  message: string;
}

export type ValidationMode = 'create' | 'update' | 'action';

type Params = Record<string, string | number | undefined>;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** ISO 8601 with a time zone: ambiguous local times are refused rather than guessed. */
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/;

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

const isValidDate = (v: string): boolean => {
  const m = DATE_RE.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};

/** Date.parse accepts 2026-02-30 (rolling into March), so the calendar day and clock are checked. */
const isValidDateTime = (v: string): boolean => {
  if (!DATETIME_RE.test(v) || !isValidDate(v.slice(0, 10))) return false;
  const [hours, minutes, seconds = 0] = v.slice(11, 19).split(':').map((p) => Number.parseInt(p, 10));
  return hours < 24 && minutes < 60 && seconds < 60 && !Number.isNaN(Date.parse(v));
};

/** How far ahead of this clock a `notAfterNow` time may be: the panel's clock may run a little fast. */
export const CLOCK_SKEW_MINUTES = 5;

const isDocumentId = (v: unknown): boolean => typeof v === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(v);

const ID_CARD_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CARD_CHECK = '10X98765432';

/** 居民身份证号 (GB 11643-1999): 17 digits, a real date of birth, and the ISO 7064 MOD 11-2 check character. */
export const isIdCardNumber = (value: string): boolean => {
  const v = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  if (!isValidDate(`${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`)) return false;
  const sum = ID_CARD_WEIGHTS.reduce((total, weight, i) => total + weight * Number(v[i]), 0);
  return ID_CARD_CHECK[sum % 11] === v[17];
};

/** Whether a field with `visibleWhen` or `showWhen` is shown, given the values around it (the record, or a group's row). */
export const isVisible = (field: FieldDescription, values: Record<string, unknown>): boolean => {
  // A built-in register's `showWhen` hides a field on the server too: its value is not stored.
  if (field.showWhen && !conditionHolds(field.showWhen, values)) return false;
  return !field.visibleWhen || conditionHolds(field.visibleWhen, values);
};

/**
 * The names of the fields hidden by conditional visibility. Repeated until stable: a field that
 * depends on a hidden field is hidden too (its controlling value is not stored).
 */
export const hiddenFields = (fields: readonly FieldDescription[], values: Record<string, unknown>): Set<string> => {
  const hidden = new Set<string>();
  const visibleValues = { ...values };
  for (let changed = true; changed; ) {
    changed = false;
    for (const field of fields) {
      if (!hidden.has(field.name) && !isVisible(field, visibleValues)) {
        hidden.add(field.name);
        delete visibleValues[field.name];
        changed = true;
      }
    }
  }
  return hidden;
};

/** The values to store: hidden fields (and hidden sub-fields of group rows) are not kept. */
export const withoutHidden = (fields: readonly FieldDescription[], values: Record<string, unknown>): Record<string, unknown> => {
  const hidden = hiddenFields(fields, values);
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (hidden.has(name)) continue;
    const field = fields.find((f) => f.name === name);
    out[name] =
      field?.type === 'group' && Array.isArray(value)
        ? value.map((row) => (row && typeof row === 'object' ? withoutHidden(field.fields ?? [], row as Record<string, unknown>) : row))
        : value;
  }
  return out;
};

/** Checks one present, non-empty value against its field's rules; returns the first problem. */
const checkValue = (field: FieldDescription, value: unknown, now: Date): { code: FieldErrorCode; params?: Params } | null => {
  switch (field.type) {
    case 'string':
    case 'text':
    case 'phone':
    case 'email': {
      if (typeof value !== 'string') return { code: 'NOT_TEXT' };
      const length = [...value].length;
      if (field.maxLength !== undefined && length > field.maxLength) return { code: 'TOO_LONG', params: { max: field.maxLength } };
      if (field.minLength !== undefined && length < field.minLength) return { code: 'TOO_SHORT', params: { min: field.minLength } };
      // A phone field without its own rule (form designers rarely write one) takes the office's phone formats.
      const pattern = field.pattern ?? (field.type === 'phone' ? PHONE_PATTERN : undefined);
      if (pattern && !new RegExp(pattern).test(value.trim())) return { code: 'PATTERN' };
      return null;
    }
    case 'integer':
    case 'decimal':
    case 'money': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'NOT_NUMBER' };
      if (field.type === 'integer' && !Number.isInteger(value)) return { code: 'NOT_INTEGER' };
      if (field.type === 'money' && Math.round(value * 100) !== value * 100) return { code: 'NOT_MONEY' };
      if (field.min !== undefined && value < field.min) return { code: 'TOO_SMALL', params: { min: field.min } };
      if (field.max !== undefined && value > field.max) return { code: 'TOO_LARGE', params: { max: field.max } };
      return null;
    }
    case 'date':
      return typeof value === 'string' && isValidDate(value) ? null : { code: 'NOT_DATE' };
    case 'datetime':
      if (typeof value !== 'string' || !isValidDateTime(value)) return { code: 'NOT_DATETIME' };
      if (field.notAfterNow && Date.parse(value) > now.getTime() + CLOCK_SKEW_MINUTES * 60_000) return { code: 'IN_FUTURE' };
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : { code: 'NOT_BOOLEAN' };
    case 'enum': {
      if (!field.multiple) {
        return typeof value === 'string' && field.options?.some((o) => o.value === value)
          ? null
          : { code: 'NOT_OPTION', params: { value: String(value) } };
      }
      if (!Array.isArray(value)) return { code: 'NOT_CHOICES' };
      const wrong = value.find((v) => typeof v !== 'string' || !field.options?.some((o) => o.value === v));
      if (wrong !== undefined || new Set(value).size !== value.length) return { code: 'NOT_OPTION', params: { value: String(wrong ?? value) } };
      if (field.min !== undefined && value.length < field.min) return { code: 'TOO_FEW_CHOICES', params: { min: field.min } };
      if (field.max !== undefined && value.length > field.max) return { code: 'TOO_MANY_CHOICES', params: { max: field.max } };
      return null;
    }
    case 'idcard':
      return typeof value === 'string' && isIdCardNumber(value) ? null : { code: 'NOT_ID_CARD' };
    case 'group': {
      if (!Array.isArray(value) || value.some((row) => !row || typeof row !== 'object' || Array.isArray(row))) return { code: 'NOT_ROWS' };
      if (field.min !== undefined && value.length < field.min) return { code: 'TOO_FEW_ROWS', params: { min: field.min } };
      if (field.max !== undefined && value.length > field.max) return { code: 'TOO_MANY_ROWS', params: { max: field.max } };
      return null;
    }
    case 'relation': {
      const values = field.multiple ? value : [value];
      return Array.isArray(values) && values.every(isDocumentId) ? null : { code: 'NOT_REFERENCE' };
    }
    case 'media': {
      const values = field.multiple ? value : [value];
      return Array.isArray(values) && values.every((v) => Number.isInteger(v) && (v as number) > 0)
        ? null
        : { code: 'NOT_FILE' };
    }
    case 'json':
      return null;
  }
};

const messageFor = (code: FieldErrorCode, locale: Locale, params: Params) =>
  formatMessage(FIELD_MESSAGES[code][locale], params);

const requiredCode = (field: FieldDescription): FieldErrorCode =>
  field.type === 'enum' || field.type === 'relation' || field.type === 'boolean' ? 'REQUIRED_CHOICE' : 'REQUIRED';

/** Each row of a repeating group against its sub-fields; paths are [group, row, sub-field]. */
const checkRows = (group: FieldDescription, rows: Array<Record<string, unknown>>, locale: Locale, now: Date): FieldError[] => {
  const errors: FieldError[] = [];
  const subFields = group.fields ?? [];
  rows.forEach((row, index) => {
    const rowLabel = (sub: FieldDescription | undefined, name: string) =>
      locale === 'zh-CN'
        ? `${group.label[locale]}第${index + 1}行的${sub?.label[locale] ?? name}`
        : `${sub?.label[locale] ?? name} (row ${index + 1} of ${group.label[locale]})`;
    const push = (name: string, code: FieldErrorCode, params: Params = {}) =>
      errors.push({
        path: [group.name, String(index), name],
        code,
        message: messageFor(code, locale, { name, ...params, label: rowLabel(subFields.find((f) => f.name === name), name) }),
      });
    const hidden = hiddenFields(subFields, row);
    for (const [name, value] of Object.entries(row)) {
      const sub = subFields.find((f) => f.name === name);
      if (!sub) push(name, 'UNKNOWN_FIELD');
      else if (!hidden.has(name) && !isEmpty(value)) {
        const problem = checkValue(sub, value, now);
        if (problem) push(name, problem.code, problem.params);
      }
    }
    for (const sub of subFields) {
      if (sub.required && !hidden.has(sub.name) && isEmpty(row[sub.name])) push(sub.name, requiredCode(sub));
    }
  });
  return errors;
};

const actionLabel = (register: RegisterDescription, name: string, locale: Locale): string =>
  register.workflow?.actions.find((a) => a.name === name)?.label[locale] ?? name;

/**
 * Validates a create, update or workflow-action body against a register description.
 * The same function runs in the panel (before sending) and in the CMS (before writing),
 * so a person sees the same message in both places. Returns every problem, not the first.
 */
export const validateInput = ({
  register,
  data,
  mode,
  locale = 'zh-CN',
  action,
  current = {},
  now = new Date(),
}: {
  register: RegisterDescription;
  data: Record<string, unknown>;
  mode: ValidationMode;
  locale?: Locale;
  action?: WorkflowAction;
  /** The stored record (updates): conditional visibility is decided on the values after the change. */
  current?: Record<string, unknown>;
  /** What "the future" is measured from (`notAfterNow` fields). */
  now?: Date;
}): FieldError[] => {
  const errors: FieldError[] = [];
  const fields = new Map(register.fields.map((f) => [f.name, f]));
  // Hidden fields are neither required nor checked: their values are dropped before storing.
  const hidden = hiddenFields(register.fields, { ...current, ...data });
  const push = (name: string, code: FieldErrorCode, params: Params = {}) => {
    const label = fields.get(name)?.label[locale] ?? name;
    errors.push({ path: [name], code, message: messageFor(code, locale, { label, name, ...params }) });
  };

  for (const [name, value] of Object.entries(data)) {
    const field = fields.get(name);
    if (mode === 'action' && name === 'note') continue;
    if (!field) {
      push(name, 'UNKNOWN_FIELD');
      continue;
    }
    if (mode === 'action') {
      if (!action?.input?.includes(name)) {
        push(name, 'NOT_ACTION_INPUT', { action: action?.label[locale] });
        continue;
      }
    } else if (field.managed) {
      push(name, 'MANAGED_FIELD');
      continue;
    } else if (field.writtenBy?.length) {
      push(name, 'ACTION_FIELD', { action: actionLabel(register, field.writtenBy[0], locale) });
      continue;
    }
    if (hidden.has(name)) continue;
    if (isEmpty(value)) {
      // A required field, or (once recorded: empty at create means now) the time the record's
      // number and clocks start from, is never emptied.
      const neverEmpty = field.required || (mode !== 'create' && name === register.numberDateField);
      const mustHave = mode === 'action' ? action?.requires?.includes(name) || neverEmpty : neverEmpty;
      if (mustHave) push(name, requiredCode(field));
      continue;
    }
    const problem = checkValue(field, value, now);
    if (problem) push(name, problem.code, problem.params);
    else if (field.type === 'group') errors.push(...checkRows(field, value as Array<Record<string, unknown>>, locale, now));
  }

  const missing = (name: string) => !(name in data) || isEmpty(data[name]);
  const required =
    mode === 'create'
      ? register.fields.filter((f) => f.required && !f.managed && !f.writtenBy && f.default === undefined && !hidden.has(f.name))
      : mode === 'action'
        ? (action?.requires ?? []).map((n) => fields.get(n)).filter((f): f is FieldDescription => !!f)
        : [];
  for (const field of required) {
    if (missing(field.name) && !errors.some((e) => e.path[0] === field.name)) push(field.name, requiredCode(field));
  }

  // The second witness is not the first: compared within what was sent (a step's input, a new record).
  for (const field of register.fields.filter((f) => f.distinctFrom?.length && !isEmpty(data[f.name]))) {
    for (const other of field.distinctFrom ?? []) {
      if (isEmpty(data[other]) || JSON.stringify(data[other]) !== JSON.stringify(data[field.name])) continue;
      if (errors.some((e) => e.path[0] === field.name)) continue;
      push(field.name, 'NOT_DISTINCT', { other: fields.get(other)?.label[locale] ?? other });
    }
  }

  if (mode === 'create') {
    for (const problem of conditionalRequirementErrors({ register, values: { ...defaultValues(register), ...data }, locale })) {
      if (!errors.some((e) => e.path[0] === problem.path[0])) errors.push(problem);
    }
    for (const group of register.oneOf ?? []) {
      if (group.every(missing)) {
        const labels = group.map((n) => fields.get(n)?.label[locale] ?? n).join(locale === 'zh-CN' ? '或' : ' or ');
        for (const name of group) {
          if (!errors.some((e) => e.path[0] === name)) {
            errors.push({ path: [name], code: 'ONE_OF_REQUIRED', message: messageFor('ONE_OF_REQUIRED', locale, { labels }) });
          }
        }
      }
    }
  }
  return errors;
};

/** The defaults a new record starts with, from the description (enum defaults, booleans…). */
export const defaultValues = (register: RegisterDescription): Record<string, unknown> =>
  Object.fromEntries(
    register.fields.filter((f) => f.default !== undefined && !f.managed).map((f) => [f.name, f.default]),
  );

const CJK = /[\u3400-\u9fff]/;

/**
 * One sentence for a list of field errors (the error's headline; each field keeps its own message):
 * each message once (a 房号或地址 rule names both fields with one message), joined as the language
 * writes it. Without a locale it is read off the messages, quoted values set aside.
 */
export const summarizeFieldErrors = (messages: readonly string[], locale?: Locale): string => {
  const unique = [...new Set(messages)];
  const chinese = locale ? locale === 'zh-CN' : unique.some((m) => CJK.test(m.replace(/“[^”]*”|"[^"]*"/g, '')));
  return unique.join(chinese ? '；' : '; ');
};
