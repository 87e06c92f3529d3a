import type { CapabilityGrants } from '../capabilities';
import type { FormRolePermission } from '../forms/definition';

/**
 * Who holds each capability until the administrator changes it under 岗位权限 (docs/access.md).
 * The office's titles map onto roles: the engineering head (工程部负责人) is a 部门负责人 of 工程部
 * (code GC); the project head / property manager (项目负责人/物业经理) is the 服务中心主任.
 */
export const DEFAULT_CAPABILITY_GRANTS: CapabilityGrants = {
  'capabilities.edit': [{ role: 'administrator' }],
  'deadline-settings.edit': [{ role: 'administrator' }],
  'forms.design': [{ role: 'administrator' }],
  'callback-rules.read': [{ role: 'supervisor' }, { role: 'director' }, { role: 'administrator' }],
  'callback-rules.edit': [{ role: 'administrator' }],
  // Complaint callbacks are the supervisor's, so the supervisor sees every pending callback.
  'callbacks.see-all': [{ role: 'supervisor' }],
  // Statistics are for those who see every department's work (not a department head).
  'statistics.read': [{ role: 'staff' }, { role: 'supervisor' }, { role: 'director' }, { role: 'administrator' }],
  'statistics.monthly-report': [{ role: 'administrator' }],
  'reports.director': [{ role: 'director' }],
  'keys.alerts': [{ role: 'supervisor' }],
  // 维修借用：工程部负责人或项目负责人审批; 其他事由：物业经理审批. The 客服主管 keeps the ledger but does not approve.
  'key-loans.approve-repair': [{ role: 'dept-head', departmentCode: 'GC' }, { role: 'director' }],
  'key-loans.approve-other': [{ role: 'director' }],
  // 机密 files are not shown to unrelated persons: the supervisor approves and oversees archive
  // access, the director approves copies and destruction, the administrator keeps the archives.
  'confidential.read': [{ role: 'supervisor' }, { role: 'director' }, { role: 'administrator' }],
};

/** A new form type: the desk fills it in, the supervisor also approves, leaders see it. */
export const DEFAULT_FORM_ACCESS: readonly FormRolePermission[] = [
  { role: 'staff', can: ['fill'] },
  { role: 'supervisor', can: ['fill', 'approve'] },
  { role: 'director', can: ['see'] },
  { role: 'administrator', can: ['see'] },
];

/** A new escalation step notifies the supervisor first, then the director. */
export const DEFAULT_ESCALATION_TARGETS = { first: 'supervisor', next: 'director' } as const;

/** A new callback rule is called by the front desk. */
export const DEFAULT_CALLBACK_CALLER = 'staff' as const;
