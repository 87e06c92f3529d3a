import {
  CALLBACK_METHOD_OPTIONS,
  CALLBACK_WINDOW_UNITS,
  CALLER_ROLE_OPTIONS,
  type CallbackCondition,
  type CallbackRuleInput,
  type FieldError,
  type RegisterDescription,
} from '@wuyedesk/contracts';

type Raw = Record<string, unknown>;

const OPERATORS = ['eq', 'ne', 'in'];
const METHODS = CALLBACK_METHOD_OPTIONS.map((o) => o.value);

/**
 * Checks a rule an administrator sends: every problem on its field, in zh-CN, so the form shows
 * it where it belongs. `registers` are the ones that exist (a form type counts).
 */
export const ruleProblems = (input: Raw, registers: RegisterDescription[]): FieldError[] => {
  const problems: FieldError[] = [];
  const bad = (field: string, message: string) => problems.push({ path: [field], code: 'PATTERN', message });
  if (typeof input.name !== 'string' || !input.name.trim() || input.name.length > 100)
    bad('name', '请填写规则名称（不超过100字）');
  const register = registers.find((r) => r.key === input.register);
  if (!register || !register.workflow) bad('register', '请选择有流程的登记簿');
  if (register?.workflow && !register.workflow.actions.some((a) => a.name === input.trigger))
    bad('trigger', '触发操作不是该登记簿的流程操作');
  if (
    !Number.isInteger(input.windowAmount) ||
    (input.windowAmount as number) < 0 ||
    (input.windowAmount as number) > 365
  ) {
    bad('windowAmount', '回访时限应为0–365的整数');
  }
  if (!CALLBACK_WINDOW_UNITS.includes(input.windowUnit as never)) bad('windowUnit', '时限单位应为自然日或工作日');
  if (!Number.isInteger(input.rate) || (input.rate as number) < 0 || (input.rate as number) > 100)
    bad('rate', '回访比例应为0–100的整数');
  if (!CALLER_ROLE_OPTIONS.some((o) => o.value === input.callerRole)) bad('callerRole', '请选择回访人岗位');
  if (
    !Array.isArray(input.methods) ||
    !input.methods.length ||
    input.methods.some((m) => !METHODS.includes(m as string))
  ) {
    bad('methods', '请至少选择一种回访方式');
  }
  const conditions = input.conditions ?? [];
  if (
    !Array.isArray(conditions) ||
    conditions.some(
      (c: unknown) =>
        !c ||
        typeof c !== 'object' ||
        !register?.fields.some((f) => f.name === (c as Raw).field) ||
        !OPERATORS.includes((c as Raw).operator as string) ||
        ((c as Raw).operator === 'in' && !Array.isArray((c as Raw).value)),
    )
  ) {
    bad('conditions', '条件有误：字段须属于该登记簿，运算为 eq / ne / in（in 需要多个值）');
  }
  if (input.active !== undefined && typeof input.active !== 'boolean') bad('active', '启用应为是或否');
  return problems;
};

export const toRuleInput = (input: Raw): CallbackRuleInput => ({
  name: String(input.name).trim(),
  register: String(input.register),
  conditions: ((input.conditions ?? []) as CallbackCondition[]).map((c) => ({
    field: c.field,
    operator: c.operator,
    value: c.value,
  })),
  trigger: String(input.trigger),
  windowAmount: Number(input.windowAmount),
  windowUnit: input.windowUnit as CallbackRuleInput['windowUnit'],
  rate: Number(input.rate),
  callerRole: input.callerRole as CallbackRuleInput['callerRole'],
  methods: [...new Set(input.methods as string[])],
  active: input.active !== false,
});
