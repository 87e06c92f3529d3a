import type { CallbackCondition, CallbackRule } from '@wuyedesk/contracts';

/** The deadlines plugin's matcher, passed in so this file stays pure and testable alone. */
export type ConditionMatcher = (condition: CallbackCondition, record: Record<string, unknown>) => boolean;

/**
 * The rule for a record's trigger: among the active rules of its register and action whose
 * conditions all hold, the most specific (most conditions), ties to the oldest — as deadline
 * policies are chosen. One callback per trigger.
 */
export const chooseRule = ({
  rules,
  register,
  action,
  record,
  holds,
}: {
  rules: CallbackRule[];
  register: string;
  action: string;
  record: Record<string, unknown>;
  holds: ConditionMatcher;
}): CallbackRule | null =>
  rules
    .filter(
      (r) => r.active && r.register === register && r.trigger === action && r.conditions.every((c) => holds(c, record)),
    )
    .sort((a, b) => b.conditions.length - a.conditions.length || a.id - b.id)[0] ?? null;
