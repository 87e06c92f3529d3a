import type { CrudFilter } from '@refinedev/core';
import {
  DEFAULT_CALLBACK_CALLER,
  type Capability,
  type CallbackCondition,
  type CallbackRule,
  type CallbackRuleInput,
  type RegisterDescription,
  type RoleKey,
} from '@wuyedesk/contracts';

/** A callback task as the list sends it (the fields the worklist uses). */
export interface CallbackRow {
  id: string;
  number: string;
  status: string;
  sourceRegister: string;
  sourceId: string;
  sourceNumber: string;
  residentName: string | null;
  residentPhone: string | null;
  address: string | null;
  unit?: { code?: string } | null;
  callerRole: string;
  dueAt: string;
  triggeredAt: string | null;
  attempts: number | null;
  selection: string | null;
  [field: string]: unknown;
}

export type WorklistScope = 'mine' | 'all';

/**
 * Pending callbacks; 'mine' keeps those the caller's role makes (staff: repairs, supervisor:
 * complaints). The supervisor may also see everyone's.
 */
export const worklistFilters = ({ role, scope }: { role: RoleKey; scope: WorklistScope }): CrudFilter[] => [
  { field: 'status', operator: 'eq', value: 'pending' },
  ...(scope === 'mine' ? [{ field: 'callerRole', operator: 'eq' as const, value: role }] : []),
];

/** Holders of callbacks.see-all (the supervisor) see and may make every callback; others their role's own. */
export const canSeeAllCallbacks = (held: readonly Capability[] = []): boolean => held.includes('callbacks.see-all');

/** Where a callback's source record lives in the panel, if its register is one the user may read. */
export const sourceOf = (
  registers: readonly RegisterDescription[],
  row: { sourceRegister: string; sourceId: string },
): { pluralName: string; documentId: string; register: RegisterDescription } | null => {
  const register = registers.find((r) => r.key === row.sourceRegister);
  return register ? { pluralName: register.pluralName, documentId: row.sourceId, register } : null;
};

/** One condition row in the rule form: 'in' values typed as a comma-separated list. */
export interface ConditionFormValue {
  field?: string;
  operator?: CallbackCondition['operator'];
  value?: string;
}

export type RuleFormValues = Omit<CallbackRuleInput, 'conditions'> & { conditions: ConditionFormValue[] };

const withoutId = ({ id: _id, ...input }: CallbackRule): CallbackRuleInput => input;

export const toRuleForm = (rule: CallbackRule | null): RuleFormValues =>
  rule
    ? {
        ...withoutId(rule),
        conditions: rule.conditions.map((c) => ({
          field: c.field,
          operator: c.operator,
          value: Array.isArray(c.value) ? c.value.join(', ') : String(c.value ?? ''),
        })),
      }
    : {
        name: '',
        register: 'repair-order',
        conditions: [],
        trigger: 'resolve',
        windowAmount: 7,
        windowUnit: 'calendar_days',
        rate: 100,
        callerRole: DEFAULT_CALLBACK_CALLER,
        methods: ['visit', 'phone', 'written', 'onsite', 'random'],
        active: true,
      };

/** Splits “a, b，c” (ASCII or full-width commas) into values. */
const splitValues = (text: string): string[] =>
  text
    .split(/[,，、]/)
    .map((v) => v.trim())
    .filter(Boolean);

export const fromRuleForm = (values: RuleFormValues): CallbackRuleInput => ({
  ...values,
  name: values.name.trim(),
  conditions: (values.conditions ?? [])
    .filter((c) => c.field && c.operator)
    .map((c) => ({
      field: String(c.field),
      operator: c.operator as CallbackCondition['operator'],
      value: c.operator === 'in' ? splitValues(c.value ?? '') : (c.value ?? '').trim(),
    })),
});
