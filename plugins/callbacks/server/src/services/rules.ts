import type { Core } from '@strapi/strapi';
import { DEFAULT_CALLBACK_CALLER, type CallbackRule } from '@wuyedesk/contracts';
import { fieldValidationError, getService as getRecordsService, NotFoundError } from '@wuyedesk/plugin-records';
import { RULE_UID } from '../content-types/rule';
import { ruleProblems, toRuleInput } from '../engine/rule-input';
import { DEFAULT_RULES } from '../seed/default-rules';

type Raw = Record<string, unknown>;

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

export const toRule = (r: Raw): CallbackRule => ({
  id: Number(r.id),
  name: String(r.name),
  register: String(r.register),
  conditions: list(r.conditions),
  trigger: String(r.trigger ?? 'resolve'),
  windowAmount: Number(r.windowAmount ?? 0),
  windowUnit: (r.windowUnit as CallbackRule['windowUnit']) ?? 'calendar_days',
  rate: Number(r.rate ?? 100),
  callerRole: (r.callerRole as CallbackRule['callerRole']) ?? DEFAULT_CALLBACK_CALLER,
  methods: list(r.methods),
  active: r.active !== false,
});

/** Callback rules are records: read afresh on every trigger, so an edit applies to the next one. */
export const rules = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(RULE_UID);

  const checked = async (input: Raw) => {
    const problems = ruleProblems(input, await getRecordsService(strapi, 'registry').list());
    if (problems.length) throw fieldValidationError(problems);
    return toRuleInput(input);
  };

  return {
    async list(): Promise<CallbackRule[]> {
      return ((await query().findMany({ orderBy: { id: 'asc' } })) as Raw[]).map(toRule);
    },

    async forRegister(register: string): Promise<CallbackRule[]> {
      return ((await query().findMany({ where: { register, active: true }, orderBy: { id: 'asc' } })) as Raw[]).map(
        toRule,
      );
    },

    async byId(id: number): Promise<CallbackRule | null> {
      const row = (await query().findOne({ where: { id } })) as Raw | null;
      return row ? toRule(row) : null;
    },

    async create(input: Raw): Promise<CallbackRule> {
      return toRule((await query().create({ data: await checked(input) })) as Raw);
    },

    async update(id: number, input: Raw): Promise<CallbackRule> {
      if (!(await this.byId(id))) throw new NotFoundError('回访规则不存在', { code: 'CALLBACK_RULE_NOT_FOUND' });
      return toRule((await query().update({ where: { id }, data: await checked(input) })) as Raw);
    },

    count: () => query().count({}),

    /** docs/callbacks.md; called by the seed migration, once per database. */
    async seedDefaults() {
      for (const seed of DEFAULT_RULES) await query().create({ data: seed });
    },
  };
};
