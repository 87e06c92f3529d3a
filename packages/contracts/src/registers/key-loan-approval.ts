import { label } from '../field-builders';
import { holds, holdersText, rolesHolding, type Capability, type CapabilityGrants } from '../capabilities';
import { ROLES } from '../roles';
import { DEFAULT_CAPABILITY_GRANTS } from './capability-defaults';
import type { Label, Locale, RoleKey } from '../types';

/**
 * Whose written approval a key loan needs, by purpose (docs/keys.md): the holders of the
 * purpose's capability (defaults in capability-defaults.ts: 工程部负责人 or the director for a
 * repair, the director — 物业经理 — for anything else). The administrator may change them.
 */
export interface KeyLoanApproval {
  purpose: string;
  capability: Extract<Capability, 'key-loans.approve-repair' | 'key-loans.approve-other'>;
  /** Who that is under the default grants, as staff say it: shown under the field and in the refusal. */
  who: Label;
  help: Label;
}

export const KEY_LOAN_APPROVALS: readonly KeyLoanApproval[] = [
  {
    purpose: 'repair',
    capability: 'key-loans.approve-repair',
    who: label('工程部负责人或项目负责人（服务中心主任）', 'the engineering head or the project head (service-centre director)'),
    help: label('维修借用：工程部负责人或服务中心主任审批', 'Repair: approved by the engineering head or the director'),
  },
  {
    purpose: 'other',
    capability: 'key-loans.approve-other',
    who: label('物业经理（服务中心主任）', 'the property manager (service-centre director)'),
    help: label('其他事由：物业经理（服务中心主任）审批', 'Other purposes: approved by the property manager (director)'),
  },
];

/** The approver as the server knows them: role and department code (null when none). */
export interface ApproverFacts {
  name: string;
  role: RoleKey | null;
  departmentCode: string | null;
}

export const approvalFor = (purpose: string): KeyLoanApproval | undefined => KEY_LOAN_APPROVALS.find((a) => a.purpose === purpose);

export const mayApprove = (
  purpose: string,
  approver: Pick<ApproverFacts, 'role' | 'departmentCode'>,
  grants: CapabilityGrants = DEFAULT_CAPABILITY_GRANTS,
): boolean => {
  const approval = approvalFor(purpose);
  return !!approval && holds(grants, approval.capability, approver);
};

/** Every role that may approve some loan: who the approver picker offers. */
export const keyLoanApproverRoles = (grants: CapabilityGrants = DEFAULT_CAPABILITY_GRANTS): RoleKey[] =>
  [...new Set(KEY_LOAN_APPROVALS.flatMap((a) => rolesHolding(grants, a.capability)))];

const APPROVAL_MESSAGE: Record<Locale, string> = {
  'zh-CN': '“{purpose}”借用须由{who}审批，{name}（{role}）无此审批权限',
  en: 'A "{purpose}" loan must be approved by {who}; {name} ({role}) may not approve it',
};

/** Null when the approver may approve this purpose, else the message for the approver field. */
export const approvalProblem = ({ purpose, purposeLabel, approver, locale = 'zh-CN', grants = DEFAULT_CAPABILITY_GRANTS }: {
  purpose: string;
  purposeLabel: string;
  approver: ApproverFacts;
  locale?: Locale;
  grants?: CapabilityGrants;
}): string | null => {
  if (mayApprove(purpose, approver, grants)) return null;
  const role = ROLES.find((r) => r.key === approver.role)?.label[locale] ?? (locale === 'zh-CN' ? '无角色' : 'no role');
  const approval = approvalFor(purpose);
  const holders = approval ? grants[approval.capability] : [];
  // The office's own words while the grants are the defaults; the holders themselves once changed.
  const isDefault = approval && JSON.stringify(holders) === JSON.stringify(DEFAULT_CAPABILITY_GRANTS[approval.capability]);
  const who = approval ? (isDefault ? approval.who[locale] : holdersText(holders, locale)) : '';
  const params: Record<string, string> = { purpose: purposeLabel, who, name: approver.name, role };
  return APPROVAL_MESSAGE[locale].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
};
