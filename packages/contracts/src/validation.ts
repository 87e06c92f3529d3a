import { FIELD_MESSAGES, formatMessage, type FieldErrorCode } from './messages';
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

const isDocumentId = (v: unknown): boolean => typeof v === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(v);

/** Checks one present, non-empty value against its field's rules; returns the first problem. */
const checkValue = (field: FieldDescription, value: unknown): { code: FieldErrorCode; params?: Params } | null => {
  switch (field.type) {
    case 'string':
    case 'text':
    case 'phone':
    case 'email': {
      if (typeof value !== 'string') return { code: 'NOT_TEXT' };
      const length = [...value].length;
      if (field.maxLength !== undefined && length > field.maxLength) return { code: 'TOO_LONG', params: { max: field.maxLength } };
      if (field.minLength !== undefined && length < field.minLength) return { code: 'TOO_SHORT', params: { min: field.minLength } };
      if (field.pattern && !new RegExp(field.pattern).test(value.trim())) return { code: 'PATTERN' };
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
      return typeof value === 'string' && isValidDateTime(value) ? null : { code: 'NOT_DATETIME' };
    case 'boolean':
      return typeof value === 'boolean' ? null : { code: 'NOT_BOOLEAN' };
    case 'enum':
      return typeof value === 'string' && field.options?.some((o) => o.value === value)
        ? null
        : { code: 'NOT_OPTION', params: { value: String(value) } };
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
}: {
  register: RegisterDescription;
  data: Record<string, unknown>;
  mode: ValidationMode;
  locale?: Locale;
  action?: WorkflowAction;
}): FieldError[] => {
  const errors: FieldError[] = [];
  const fields = new Map(register.fields.map((f) => [f.name, f]));
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
    if (isEmpty(value)) {
      const mustHave = mode === 'action' ? action?.requires?.includes(name) : field.required;
      if (mustHave) push(name, field.type === 'enum' || field.type === 'relation' ? 'REQUIRED_CHOICE' : 'REQUIRED');
      continue;
    }
    const problem = checkValue(field, value);
    if (problem) push(name, problem.code, problem.params);
  }

  const missing = (name: string) => !(name in data) || isEmpty(data[name]);
  const required =
    mode === 'create'
      ? register.fields.filter((f) => f.required && !f.managed && !f.writtenBy && f.default === undefined)
      : mode === 'action'
        ? (action?.requires ?? []).map((n) => fields.get(n)).filter((f): f is FieldDescription => !!f)
        : [];
  for (const field of required) {
    if (missing(field.name) && !errors.some((e) => e.path[0] === field.name)) {
      push(field.name, field.type === 'enum' || field.type === 'relation' ? 'REQUIRED_CHOICE' : 'REQUIRED');
    }
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
