import { allConditionsHold, conditionHolds } from '@wuyedesk/contracts';
import type { DeadlinePolicy } from './types';

/** The contracts' one evaluator (show/require rules, deadline policies and callback rules share it). */
export { conditionHolds };

export const policyApplies = (policy: DeadlinePolicy, record: Record<string, unknown>): boolean =>
  policy.active && allConditionsHold(policy.conditions, record);

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
