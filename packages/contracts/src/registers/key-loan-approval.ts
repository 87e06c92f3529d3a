import { label } from '../field-builders';
import { ROLES } from '../roles';
import type { Label, Locale, RoleKey } from '../types';

/** One kind of person who may approve: a role, optionally only in one department (by its code). */
export interface ApproverRule {
  role: RoleKey;
  departmentCode?: string;
}

/**
 * Whose written approval a key loan needs, by purpose (docs/keys.md §4.2). The office's titles map onto
 * the roles that exist: the engineering head (工程部负责人) is a 部门负责人 of 工程部 (GC); the
 * project head / property manager (项目负责人/物业经理) is the 服务中心主任 (director), who
 * may therefore approve a repair loan too. The 客服主管 keeps the ledger but does not approve.
 */
export interface KeyLoanApproval {
  purpose: string;
  approvers: ApproverRule[];
  /** Who that is, as staff say it: shown under the field and in the refusal. */
  who: Label;
  help: Label;
}

export const KEY_LOAN_APPROVALS: readonly KeyLoanApproval[] = [
  {
    purpose: 'repair',
    approvers: [{ role: 'dept-head', departmentCode: 'GC' }, { role: 'director' }],
    who: label('工程部负责人或项目负责人（服务中心主任）', 'the engineering head or the project head (service-centre director)'),
    help: label('维修借用：工程部负责人或服务中心主任审批', 'Repair: approved by the engineering head or the director'),
  },
  {
    purpose: 'other',
    approvers: [{ role: 'director' }],
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

export const mayApprove = (purpose: string, approver: Pick<ApproverFacts, 'role' | 'departmentCode'>): boolean =>
  approvalFor(purpose)?.approvers.some(
    (rule) => rule.role === approver.role && (!rule.departmentCode || rule.departmentCode === approver.departmentCode),
  ) ?? false;

const APPROVAL_MESSAGE: Record<Locale, string> = {
  'zh-CN': '“{purpose}”借用须由{who}审批，{name}（{role}）无此审批权限',
  en: 'A "{purpose}" loan must be approved by {who}; {name} ({role}) may not approve it',
};

/** Null when the approver may approve this purpose, else the message for the approver field. */
export const approvalProblem = ({ purpose, purposeLabel, approver, locale = 'zh-CN' }: {
  purpose: string;
  purposeLabel: string;
  approver: ApproverFacts;
  locale?: Locale;
}): string | null => {
  if (mayApprove(purpose, approver)) return null;
  const role = ROLES.find((r) => r.key === approver.role)?.label[locale] ?? (locale === 'zh-CN' ? '无角色' : 'no role');
  const who = approvalFor(purpose)?.who[locale] ?? '';
  const params: Record<string, string> = { purpose: purposeLabel, who, name: approver.name, role };
  return APPROVAL_MESSAGE[locale].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
};
