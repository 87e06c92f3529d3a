import type { Condition, DeadlinePolicy } from './types';

const plain = (value: unknown): unknown => {
  if (value && typeof value === 'object' && 'documentId' in value) return (value as { documentId: unknown }).documentId;
  return value ?? null;
};

export const conditionHolds = (condition: Condition, record: Record<string, unknown>): boolean => {
  const actual = plain(record[condition.field]);
  switch (condition.operator) {
    case 'eq':
      return actual === condition.value;
    case 'ne':
      return actual !== condition.value;
    case 'in':
      return Array.isArray(condition.value) && condition.value.includes(actual);
    default:
      throw new RangeError(`Unknown condition operator "${String((condition as Condition).operator)}"`);
  }
};

export const policyApplies = (policy: DeadlinePolicy, record: Record<string, unknown>): boolean =>
  policy.active && policy.conditions.every((condition) => conditionHolds(condition, record));

/**
 * The policy that drives each clock of a record: among the active policies of its register whose
 * conditions all hold, per clock the most specific one (most conditions), ties to the lowest id
 * (the older record). A clock with no applicable policy does not run.
 */
export const choosePolicies = ({ policies, register, record }: {
  policies: DeadlinePolicy[];
  register: string;
  record: Record<string, unknown>;
}): Map<string, DeadlinePolicy> => {
  const chosen = new Map<string, DeadlinePolicy>();
  const candidates = policies
    .filter((p) => p.register === register && policyApplies(p, record))
    .sort((a, b) => b.conditions.length - a.conditions.length || a.id - b.id);
  for (const policy of candidates) if (!chosen.has(policy.clock)) chosen.set(policy.clock, policy);
  return chosen;
};
