import type { Core } from '@strapi/strapi';
import { POLICY_UID } from '../content-types/policy';
import type { DeadlinePolicy } from '../rules/types';
import type { DeadlinePolicyInput, DeadlinePolicyView } from '@wuyedesk/contracts';
import { DEFAULT_POLICIES, type PolicySeed } from '../seed/default-policies';
import type { DeadlineUnit } from '../engine';

type Raw = Record<string, unknown>;

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

export const toPolicy = (r: Raw): DeadlinePolicy => ({
  id: Number(r.id),
  name: String(r.name),
  register: String(r.register),
  clock: String(r.clock ?? 'handling'),
  conditions: list(r.conditions),
  startOn: String(r.startOn ?? 'created'),
  amount: Number(r.amount ?? 0),
  unit: String(r.unit ?? 'minutes') as DeadlineUnit,
  agreedField: (r.agreedField as string | null) || null,
  manual: Boolean(r.manual),
  pauseStates: list(r.pauseStates),
  stopStates: list(r.stopStates),
  stopWhenField: (r.stopWhenField as string | null) || null,
  warnBeforeMinutes: r.warnBeforeMinutes == null ? null : Number(r.warnBeforeMinutes),
  warnNotify: (r.warnNotify as string | null) || null,
  escalation: list(r.escalation),
  urgent: Boolean(r.urgent),
  setsRecordDueAt: Boolean(r.setsRecordDueAt),
  active: r.active !== false,
});

const toView = (r: Raw): DeadlinePolicyView => {
  const { id, ...policy } = toPolicy(r);
  return { id, ...policy, warnNotify: policy.warnNotify ?? null, updatedAt: r.updatedAt ? new Date(String(r.updatedAt)).toISOString() : null };
};

/** Deadline policies are records: read afresh on every event, so an edit applies to the next change. */
export const policies = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Every policy, switched off ones too, as the settings page lists them. */
  async list(): Promise<DeadlinePolicyView[]> {
    const rows = (await strapi.db.query(POLICY_UID).findMany({ orderBy: [{ register: 'asc' }, { clock: 'asc' }, { id: 'asc' }] })) as Raw[];
    return rows.map(toView);
  },

  async view(id: number): Promise<DeadlinePolicyView | null> {
    const row = (await strapi.db.query(POLICY_UID).findOne({ where: { id } })) as Raw | null;
    return row ? toView(row) : null;
  },

  /** Validated by the caller (contracts' validatePolicy); policies are switched off, never deleted. */
  async create(input: DeadlinePolicyInput): Promise<DeadlinePolicyView> {
    return toView((await strapi.db.query(POLICY_UID).create({ data: input })) as Raw);
  },

  async update(id: number, input: DeadlinePolicyInput): Promise<DeadlinePolicyView> {
    return toView((await strapi.db.query(POLICY_UID).update({ where: { id }, data: input })) as Raw);
  },

  async forRegister(register: string): Promise<DeadlinePolicy[]> {
    const rows = (await strapi.db.query(POLICY_UID).findMany({ where: { register, active: true }, orderBy: { id: 'asc' } })) as Raw[];
    return rows.map(toPolicy);
  },

  async byId(id: number): Promise<DeadlinePolicy | null> {
    const row = (await strapi.db.query(POLICY_UID).findOne({ where: { id } })) as Raw | null;
    return row ? toPolicy(row) : null;
  },

  async count(): Promise<number> {
    return strapi.db.query(POLICY_UID).count({});
  },

  /** Adds one policy (another plugin's defaults, e.g. the archive loans' return clock). */
  async add(seed: PolicySeed): Promise<DeadlinePolicy> {
    const row = (await strapi.db.query(POLICY_UID).create({ data: { ...seed, active: seed.active ?? true } })) as Raw;
    return toPolicy(row);
  },

  /** Whether a register already has a policy for this clock (active or not). */
  async exists({ register, clock }: { register: string; clock: string }): Promise<boolean> {
    return (await strapi.db.query(POLICY_UID).count({ where: { register, clock } })) > 0;
  },

  /** The office's deadlines (docs/deadlines.md); called by the seed migration, once per database. */
  async seedDefaults() {
    for (const seed of DEFAULT_POLICIES) {
      await strapi.db.query(POLICY_UID).create({ data: { ...seed, active: seed.active ?? true } });
    }
  },
});
