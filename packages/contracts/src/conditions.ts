import type { FieldCondition, VisibleWhen } from './types';

/**
 * The one condition language of every rule on a record: which fields are shown, required or
 * locked (a register's `showWhen`, `requiredWhen`, `onlyWhen`, a form's `visibleWhen`), which
 * deadline policy drives a clock, which callback rule a finished record falls under. Rows like
 * Medusa's shipping rules: a field, an operator, a value; a list of them holds when all hold.
 */
export interface Condition {
  field: string;
  operator: ConditionOperator;
  value: unknown;
}

export const CONDITION_OPERATORS = ['eq', 'ne', 'in'] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

/**
 * The short forms register descriptions and form definitions are written in, read as conditions:
 * `{ field, values }` (one of these values) and `{ field, equals }` (this value).
 */
export type ConditionShorthand = FieldCondition | VisibleWhen;

export const toCondition = (rule: Condition | ConditionShorthand): Condition => {
  if ('operator' in rule) return rule;
  if ('values' in rule) return { field: rule.field, operator: 'in', value: rule.values };
  return { field: rule.field, operator: 'eq', value: rule.equals };
};

/** A relation's documentId, or the value itself: what a condition compares. */
const plain = (value: unknown): unknown =>
  value && typeof value === 'object' && 'documentId' in value ? (value as { documentId: unknown }).documentId : (value ?? null);

/** One value, whether it arrived as text (a query, a form) or typed (JSON): 'true' is true, '3' is 3. */
const same = (a: unknown, b: unknown): boolean =>
  a === b || (a !== null && b !== null && typeof a !== 'object' && typeof b !== 'object' && String(a) === String(b));

/**
 * Whether a condition holds on a record's values. A multiple choice (an array) matches when any
 * of its values does, so "show B when A includes x" is `{ field: 'A', operator: 'eq', value: 'x' }`.
 */
export const conditionHolds = (rule: Condition | ConditionShorthand, values: Record<string, unknown>): boolean => {
  const condition = toCondition(rule);
  const raw = values[condition.field];
  const actual = Array.isArray(raw) ? raw.map(plain) : plain(raw);
  const matches = (expected: unknown) => (Array.isArray(actual) ? actual.some((a) => same(a, expected)) : same(actual, expected));
  switch (condition.operator) {
    case 'eq':
      return matches(condition.value);
    case 'ne':
      return !matches(condition.value);
    case 'in':
      return Array.isArray(condition.value) && condition.value.some(matches);
    default:
      throw new RangeError(`Unknown condition operator "${String((condition as Condition).operator)}"`);
  }
};

/** Every condition holds (an empty list always does). */
export const allConditionsHold = (conditions: ReadonlyArray<Condition | ConditionShorthand>, values: Record<string, unknown>): boolean =>
  conditions.every((c) => conditionHolds(c, values));

/**
 * The one answer to "is this late?": the work finished (or is still unfinished at `now`) after
 * its due time. Without a due time nothing is late. Deadlines (a late close needs a reason) and
 * callbacks (a late record waits for that reason before it is closed) both ask here.
 */
export const isLate = ({ dueAt, finishedAt, now }: { dueAt: Date | string | null | undefined; finishedAt?: Date | string | null; now: Date }): boolean => {
  if (dueAt === null || dueAt === undefined || dueAt === '') return false;
  const due = new Date(dueAt).getTime();
  const end = finishedAt === null || finishedAt === undefined || finishedAt === '' ? now.getTime() : new Date(finishedAt).getTime();
  return Number.isFinite(due) && end > due;
};
