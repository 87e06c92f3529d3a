import { conditionHolds } from './conditions';
import { FIELD_MESSAGES, formatMessage } from './messages';
import type { Label, Locale, RegisterDescription, RoleKey, WorkflowAction } from './types';
import type { FieldError } from './validation';

/** A relation's documentId, or the value itself: how a refusal names the value it saw. */
const plain = (value: unknown): unknown => {
  if (value && typeof value === 'object' && 'documentId' in value) return (value as { documentId: unknown }).documentId;
  return value ?? null;
};

const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);


/**
 * Fields a record must have because of what it is (docs/archives.md §5.2: a copy states its scope, an outside
 * person brings a letter of introduction). `values` is the whole record as it will be stored.
 */
export const conditionalRequirementErrors = ({
  register,
  values,
  locale = 'zh-CN',
}: {
  register: RegisterDescription;
  values: Record<string, unknown>;
  locale?: Locale;
}): FieldError[] => {
  const errors: FieldError[] = [];
  for (const rule of register.requiredWhen ?? []) {
    if (!conditionHolds(rule, values)) continue;
    for (const name of rule.requires) {
      if (!isBlank(values[name]) || errors.some((e) => e.path[0] === name)) continue;
      const label = register.fields.find((f) => f.name === name)?.label[locale] ?? name;
      errors.push({
        path: [name],
        code: 'REQUIRED_BECAUSE',
        message: formatMessage(FIELD_MESSAGES.REQUIRED_BECAUSE[locale], { label, reason: rule.reason[locale] }),
      });
    }
  }
  return errors;
};

/** Whether a field is asked for on this record (fields without `showWhen` always are). */
export const isFieldShown = (register: RegisterDescription, name: string, values: Record<string, unknown>): boolean => {
  const condition = register.fields.find((f) => f.name === name)?.showWhen;
  return !condition || conditionHolds(condition, values);
};

/** Why a field is required on this record by a `requiredWhen` rule (undefined: it is not). */
export const requirementReason = (
  register: RegisterDescription,
  name: string,
  values: Record<string, unknown>,
): Label | undefined =>
  (register.requiredWhen ?? []).find((rule) => rule.requires.includes(name) && conditionHolds(rule, values))?.reason;

/** Whether a field is required on this record by a `requiredWhen` rule. */
export const isRequiredBecause = (
  register: RegisterDescription,
  name: string,
  values: Record<string, unknown>,
): boolean => requirementReason(register, name, values) !== undefined;

/** The fields whose values decide what a form shows or requires (watch these). */
export const conditionFieldNames = (register: RegisterDescription): string[] => [
  ...new Set([
    ...register.fields.flatMap((f) => (f.showWhen ? [f.showWhen.field] : [])),
    ...(register.requiredWhen ?? []).map((r) => r.field),
  ]),
];

export type ActionRuleCheck =
  | { ok: true }
  | { ok: false; code: 'ACTION_NOT_APPLICABLE' | 'APPROVER_ROLE_REQUIRED'; reason: Label };

/**
 * The record-dependent part of an action's rules: `onlyWhen` (借出 only for loans) and `rolesWhen`
 * (a copy is approved by the director). `checkTransition` has already judged state and role.
 */
export const checkActionRules = ({
  register,
  action,
  record,
  role,
}: {
  register: RegisterDescription;
  action: WorkflowAction;
  record: Record<string, unknown>;
  role: RoleKey;
}): ActionRuleCheck => {
  if (action.onlyWhen && !conditionHolds(action.onlyWhen, record)) {
    const field = register.fields.find((f) => f.name === action.onlyWhen?.field);
    const value = String(plain(record[action.onlyWhen.field]));
    const valueLabel = field?.options?.find((o) => o.value === value)?.label ?? { 'zh-CN': value, en: value };
    return {
      ok: false,
      code: 'ACTION_NOT_APPLICABLE',
      reason: {
        'zh-CN': `${field?.label['zh-CN'] ?? ''}为“${valueLabel['zh-CN']}”的记录不能“${action.label['zh-CN']}”`,
        en: `A record whose ${field?.label.en ?? ''} is "${valueLabel.en}" cannot be "${action.label.en}"`,
      },
    };
  }
  for (const rule of action.rolesWhen ?? []) {
    if (conditionHolds(rule, record) && !rule.roles.includes(role)) {
      return { ok: false, code: 'APPROVER_ROLE_REQUIRED', reason: rule.reason };
    }
  }
  return { ok: true };
};

/** "17:00+08:00" and "09:00Z" are one time: a datetime sent back as it was shown is no edit. */
const sameValue = (type: string, a: unknown, b: unknown): boolean => {
  if (type === 'datetime' && a && b) {
    const [x, y] = [Date.parse(String(a instanceof Date ? a.toISOString() : a)), Date.parse(String(b))];
    if (!Number.isNaN(x) && !Number.isNaN(y)) return x === y;
  }
  return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
};

/**
 * Edits of fields fixed in the record's current state (`editableIn`): the archive or the kind of
 * access of an approved request; a complaint's received time after dispatch. A value sent
 * unchanged is no edit. When an action open in this state takes the field (调整时限), the message
 * names it: that is the way to change it now.
 */
export const lockedFieldErrors = ({
  register,
  before,
  data,
  locale = 'zh-CN',
}: {
  register: RegisterDescription;
  before: Record<string, unknown>;
  data: Record<string, unknown>;
  locale?: Locale;
}): FieldError[] => {
  const status = register.workflow ? String(before[register.workflow.field] ?? '') : '';
  const state = register.workflow?.states.find((s) => s.value === status)?.label[locale] ?? status;
  const actionFor = (name: string) =>
    register.workflow?.actions.find((a) => a.from.includes(status) && a.input?.includes(name));
  return register.fields
    .filter((f) => f.editableIn && f.name in data && !f.editableIn.includes(status))
    .filter((f) => !sameValue(f.type, before[f.name], data[f.name]))
    .map((f) => {
      const action = actionFor(f.name);
      return {
        path: [f.name],
        code: 'LOCKED_FIELD' as const,
        message: action
          ? formatMessage(FIELD_MESSAGES.LOCKED_FIELD_USE_ACTION[locale], { label: f.label[locale], state, action: action.label[locale] })
          : formatMessage(FIELD_MESSAGES.LOCKED_FIELD[locale], { label: f.label[locale], state }),
      };
    });
};
