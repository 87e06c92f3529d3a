import { ROLES, isRoleKey } from './roles';
import { FIELD_MESSAGES, formatMessage } from './messages';
import type { Label, Locale, RegisterDescription, RoleKey } from './types';
import type { FieldError } from './validation';

/**
 * What a role may do beyond reading and writing registers: approve a key loan, see 机密 files,
 * receive the director's reports, edit the rules. Which roles hold each is data (the defaults in
 * registers/capability-defaults.ts, then whatever the administrator saves under 岗位权限); code
 * asks `holds(grants, capability, who)` and never names a role. See docs/access.md.
 */
export const CAPABILITY_KEYS = [
  'capabilities.edit',
  'deadline-settings.edit',
  'forms.design',
  'callback-rules.read',
  'callback-rules.edit',
  'callbacks.see-all',
  'statistics.read',
  'statistics.monthly-report',
  'reports.director',
  'keys.alerts',
  'key-loans.approve-repair',
  'key-loans.approve-other',
  'confidential.read',
] as const;

export type Capability = (typeof CAPABILITY_KEYS)[number];

/** A role, optionally only in one department (by its code): 工程部's head approves repair loans. */
export interface CapabilityHolder {
  role: RoleKey;
  departmentCode?: string;
}

export type CapabilityGrants = Record<Capability, CapabilityHolder[]>;

export interface CapabilityDescription {
  key: Capability;
  label: Label;
  help: Label;
  /** Whether a holder may be limited to one department (the approver of a repair loan). */
  byDepartment?: boolean;
}

const describe = (key: Capability, zh: string, en: string, helpZh: string, helpEn: string, byDepartment = false): CapabilityDescription => ({
  key,
  label: { 'zh-CN': zh, en },
  help: { 'zh-CN': helpZh, en: helpEn },
  ...(byDepartment ? { byDepartment } : {}),
});

export const CAPABILITIES: readonly CapabilityDescription[] = [
  describe('capabilities.edit', '设置岗位权限', 'Set role capabilities', '修改本页：哪些岗位拥有哪些权限', 'Change this page: which roles hold which capabilities'),
  describe('deadline-settings.edit', '设置处理时限', 'Edit deadline rules', '时限规则、工作日历与免打扰时段', 'Deadline policies, the working calendar and quiet hours'),
  describe('forms.design', '设计表单', 'Design form types', '新建、修改和发布表单类型', 'Create, change and publish form types'),
  describe('callback-rules.read', '查看回访规则与统计', 'Read callback rules and figures', '回访规则和回访率', 'Callback rules and callback rates'),
  describe('callback-rules.edit', '修改回访规则', 'Edit callback rules', '新增和修改回访规则', 'Add and change callback rules'),
  describe('callbacks.see-all', '查看全部待回访', 'See every pending callback', '不只是本岗位负责的回访', "Not only the callbacks of one's own role"),
  describe('statistics.read', '查看统计', 'Read statistics', '统计看板与统计报表导出', 'The dashboard and the statistics workbook'),
  describe('statistics.monthly-report', '设置月报', 'Set up the monthly report', '月报的收件人与发送日', 'Who receives the monthly report, and when'),
  describe('reports.director', '主任职责', "Director's reports", '接收不满意回访的报告，登录后先看统计看板', 'Receives reports of dissatisfied callbacks; lands on the dashboard'),
  describe('keys.alerts', '钥匙异常通知', 'Key alerts', '接收钥匙超时未还和盘点缺失的通知', 'Receives overdue key loans and keys missing in a count'),
  describe('key-loans.approve-repair', '审批维修借钥匙', 'Approve repair key loans', '维修借用钥匙的审批人（可限定部门）', 'Who may approve a key loan for a repair (may be limited to a department)', true),
  describe('key-loans.approve-other', '审批其他借钥匙', 'Approve other key loans', '其他事由借用钥匙的审批人', 'Who may approve a key loan for any other purpose', true),
  describe('confidential.read', '查看机密档案', 'See confidential archives', '机密档案及其借阅、销毁和审计记录', 'Confidential archives, their loans, destructions and audit steps'),
];

export const isCapability = (value: unknown): value is Capability =>
  typeof value === 'string' && (CAPABILITY_KEYS as readonly string[]).includes(value);

/** Whether someone of this role (and department) holds the capability. */
export const holds = (
  grants: CapabilityGrants,
  capability: Capability,
  who: { role: RoleKey | null | undefined; departmentCode?: string | null },
): boolean =>
  (grants[capability] ?? []).some((h) => h.role === who.role && (!h.departmentCode || h.departmentCode === who.departmentCode));

/** The roles that hold a capability in some department or all. */
export const rolesHolding = (grants: CapabilityGrants, capability: Capability): RoleKey[] =>
  [...new Set((grants[capability] ?? []).map((h) => h.role))];

/** What a role holds whatever its department: what the panel shows or hides. */
export const capabilitiesOf = (grants: CapabilityGrants, role: RoleKey, departmentCode?: string | null): Capability[] =>
  CAPABILITY_KEYS.filter((c) => holds(grants, c, { role, departmentCode }));

/** Holders as people read them: "客服主管、部门负责人（GC）". */
export const holdersText = (holders: readonly CapabilityHolder[], locale: Locale): string =>
  holders
    .map((h) => {
      const role = ROLES.find((r) => r.key === h.role)?.label[locale] ?? h.role;
      return h.departmentCode ? `${role}（${h.departmentCode}）` : role;
    })
    .join(locale === 'zh-CN' ? '、' : ', ');

/**
 * Checks what the administrator saves: every capability known, every holder a real role, a
 * department only where the capability allows one, and never nobody able to change this again.
 * Returns the grants (missing capabilities keep `fallback`) or the problems, one per capability.
 */
export const parseGrants = (
  input: unknown,
  fallback: CapabilityGrants,
  locale: Locale,
): { grants: CapabilityGrants; problems: FieldError[] } => {
  const problems: FieldError[] = [];
  const grants: CapabilityGrants = { ...fallback };
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return { grants, problems: [{ path: ['grants'], code: 'CAPABILITY_LIST', message: FIELD_MESSAGES.CAPABILITY_LIST[locale] }] };
  }
  for (const [name, value] of Object.entries(input as Record<string, unknown>)) {
    if (!isCapability(name)) {
      const message = formatMessage(FIELD_MESSAGES.CAPABILITY_UNKNOWN[locale], { name: name.slice(0, 60) });
      problems.push({ path: ['grants', name], code: 'CAPABILITY_UNKNOWN', message });
      continue;
    }
    const description = CAPABILITIES.find((c) => c.key === name) as CapabilityDescription;
    const labelText = description.label[locale];
    const list = Array.isArray(value) ? value : null;
    const holders: CapabilityHolder[] = [];
    let bad: 'CAPABILITY_HOLDER' | 'CAPABILITY_DEPARTMENT' | null = list ? null : 'CAPABILITY_HOLDER';
    for (const item of list ?? []) {
      const holder = item as { role?: unknown; departmentCode?: unknown } | null;
      if (!holder || typeof holder !== 'object' || !isRoleKey(holder.role)) { bad = 'CAPABILITY_HOLDER'; break; }
      const code = holder.departmentCode;
      if (code !== undefined && code !== null && code !== '') {
        if (!description.byDepartment) { bad = 'CAPABILITY_DEPARTMENT'; break; }
        if (typeof code !== 'string' || code.length > 40) { bad = 'CAPABILITY_HOLDER'; break; }
        holders.push({ role: holder.role, departmentCode: code });
      } else {
        holders.push({ role: holder.role });
      }
    }
    if (bad) {
      problems.push({ path: ['grants', name], code: bad, message: formatMessage(FIELD_MESSAGES[bad][locale], { label: labelText }) });
      continue;
    }
    grants[name] = holders.filter((h, i) => holders.findIndex((o) => o.role === h.role && o.departmentCode === h.departmentCode) === i);
  }
  if (!problems.length && grants['capabilities.edit'].length === 0) {
    problems.push({ path: ['grants', 'capabilities.edit'], code: 'CAPABILITY_LOCKOUT', message: FIELD_MESSAGES.CAPABILITY_LOCKOUT[locale] });
  }
  return { grants, problems };
};

/**
 * A register description as the grants in force make it: a picker of people who hold a
 * capability (`targetCapabilities`) offers exactly the roles that hold it now.
 */
export const withGrants = (register: RegisterDescription, grants: CapabilityGrants): RegisterDescription => {
  if (!register.fields.some((f) => f.targetCapabilities?.length)) return register;
  return {
    ...register,
    fields: register.fields.map((f) => {
      if (!f.targetCapabilities?.length) return f;
      const roles = [...new Set(f.targetCapabilities.filter(isCapability).flatMap((c) => rolesHolding(grants, c)))];
      const others = (f.targetFilter ?? []).filter((t) => t.field !== 'role.type');
      return { ...f, targetFilter: [...others, { field: 'role.type', operator: 'in' as const, value: roles }] };
    }),
  };
};
