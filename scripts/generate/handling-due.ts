import { addDuration, createCalendar } from '../../plugins/deadlines/server/src/engine';
import { choosePolicies } from '../../plugins/deadlines/server/src/rules/match';
import type { DeadlinePolicy } from '../../plugins/deadlines/server/src/rules/types';
import { DEFAULT_POLICIES } from '../../plugins/deadlines/server/src/seed/default-policies';

/** The policies a fresh database is seeded with: generated records follow the same rules. */
const POLICIES: DeadlinePolicy[] = DEFAULT_POLICIES.map((p, i) => ({ ...p, id: i + 1, active: p.active ?? true }));
// Handling deadlines are minutes, hours or calendar days; no holiday table is needed for them.
const CALENDAR = createCalendar();

export type HandlingDue =
  | { kind: 'computed'; dueAt: Date }
  /** The policy takes its due time from a field a person fills (特别复杂 agreed, 重大 set by the manager). */
  | { kind: 'from-field'; field: string };

/**
 * The handling due time of a generated record, from the seeded deadline policies through the
 * deadline engine, so the generator holds no deadline table of its own (docs/deadlines.md lives in one place).
 */
export const handlingDue = ({ register, record, at }: { register: string; record: Record<string, unknown>; at: Date }): HandlingDue => {
  const policy = choosePolicies({ policies: POLICIES, register, record }).get('handling');
  if (!policy) throw new Error(`No handling deadline policy applies to ${register} ${JSON.stringify(record)}`);
  if (policy.agreedField) return { kind: 'from-field', field: policy.agreedField };
  return { kind: 'computed', dueAt: addDuration({ start: at, amount: policy.amount, unit: policy.unit, calendar: CALENDAR }) };
};
