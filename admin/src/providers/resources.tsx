import {
  AuditOutlined,
  CustomerServiceOutlined,
  BarChartOutlined,
  DatabaseOutlined,
  FieldTimeOutlined,
  FileTextOutlined,
  FormOutlined,
  PhoneOutlined,
  SettingOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import type { ResourceProps } from '@refinedev/core';
import type { Capability, Locale } from '@wuyedesk/contracts';
import type { ReactNode } from 'react';
import type { Translate } from './i18n';
import type { PermittedRegister } from './session';

const GROUP_PREFIX = 'menu-group:';

interface MenuGroup {
  name: string;
  labelKey: string;
  icon: ReactNode;
  /** Built-in registers placed in this group, in menu order (pluralName). */
  members: readonly string[];
}

/**
 * 登记 / 台账 / 基础资料 hold the built-in registers; any register not named here (form types an
 * administrator adds at run time) lands under 表单.
 */
export const MENU_GROUPS: readonly MenuGroup[] = [
  { name: 'registers', labelKey: 'menu.registers', icon: <FileTextOutlined />, members: ['complaints', 'repair-orders', 'callbacks'] },
  {
    name: 'ledgers',
    labelKey: 'menu.ledgers',
    icon: <AuditOutlined />,
    members: ['key-loans', 'key-counts', 'archive-loans', 'archive-checks', 'archive-destructions', 'record-steps'],
  },
  { name: 'reference', labelKey: 'menu.reference', icon: <DatabaseOutlined />, members: ['departments', 'units', 'keys', 'archives'] },
  { name: 'forms', labelKey: 'menu.forms', icon: <FormOutlined />, members: [] },
];
const FALLBACK_GROUP = 'forms';

export const isMenuGroup = (resourceName: string): boolean => resourceName.startsWith(GROUP_PREFIX);

export const menuGroupOf = (pluralName: string): string =>
  MENU_GROUPS.find((g) => g.members.includes(pluralName))?.name ?? FALLBACK_GROUP;

/** Menu position: group first, then place in the group; run-time form types keep server order. */
const menuRank = (pluralName: string): [number, number] => {
  const group = MENU_GROUPS.findIndex((g) => g.members.includes(pluralName));
  return group >= 0 ? [group, MENU_GROUPS[group].members.indexOf(pluralName)] : [MENU_GROUPS.length, 0];
};

const byMenuRank = (a: PermittedRegister, b: PermittedRegister): number => {
  const [groupA, indexA] = menuRank(a.pluralName);
  const [groupB, indexB] = menuRank(b.pluralName);
  return groupA - groupB || indexA - indexB;
};

/** 快速登记: the desk's one-screen intake, a menu item of its own at the top of 登记. */
export const INTAKE_RESOURCE = 'intake';
const INTAKE_REGISTERS = ['complaints', 'repair-orders'];

/** Whoever may create complaints or repair orders may use the intake screen. */
export const canRecordIntake = (registers: readonly PermittedRegister[]): boolean =>
  registers.some((r) => INTAKE_REGISTERS.includes(r.pluralName) && r.permissions.includes('create'));

const intakeResource = (translate: Translate): ResourceProps => ({
  name: INTAKE_RESOURCE,
  list: '/intake',
  meta: { label: translate('intake.menu'), parent: `${GROUP_PREFIX}registers`, icon: <PhoneOutlined />, canDelete: false },
});

/** 超时工单: overdue work per department, at the end of 登记. */
export const OVERDUE_RESOURCE = 'overdue';

/** Offered to whoever may read a register with handling deadlines (a workflow and a dueAt). */
export const canSeeOverdue = (registers: readonly PermittedRegister[]): boolean =>
  registers.some((r) => r.permissions.includes('read') && !!r.workflow && r.fields.some((f) => f.name === 'dueAt'));

const overdueResource = (translate: Translate): ResourceProps => ({
  name: OVERDUE_RESOURCE,
  list: '/overdue',
  meta: { label: translate('overdue.menu'), parent: `${GROUP_PREFIX}registers`, icon: <FieldTimeOutlined />, canDelete: false },
});

/** 时限设置: deadline policies, working calendar, quiet hours (holders of deadline-settings.edit). */
export const DEADLINE_SETTINGS_RESOURCE = 'deadline-settings';

export const canEditDeadlineSettings = (held: readonly Capability[] = []): boolean => held.includes('deadline-settings.edit');

const deadlineSettingsResource = (translate: Translate): ResourceProps => ({
  name: DEADLINE_SETTINGS_RESOURCE,
  list: '/deadline-settings',
  meta: { label: translate('deadlineSettings.menu'), icon: <SettingOutlined />, canDelete: false },
});

/** 待回访: the caller's pending callbacks by due time, at the end of 登记. */
export const CALLBACK_WORKLIST_RESOURCE = 'callback-worklist';

/** Whoever may take steps on callback tasks (staff, supervisor) gets the worklist. */
export const canCallBack = (registers: readonly PermittedRegister[]): boolean =>
  registers.some((r) => r.key === 'callback' && r.permissions.includes('act'));

const callbackWorklistResource = (translate: Translate): ResourceProps => ({
  name: CALLBACK_WORKLIST_RESOURCE,
  list: '/callback-worklist',
  meta: { label: translate('callbacks.menu'), parent: `${GROUP_PREFIX}registers`, icon: <CustomerServiceOutlined />, canDelete: false },
});

/** 回访规则: read by the holders of callback-rules.read, edited by those of callback-rules.edit, under 基础资料. */
export const CALLBACK_RULES_RESOURCE = 'callback-rules';

export const canSeeCallbackRules = (held: readonly Capability[] = []): boolean => held.includes('callback-rules.read');

const callbackRulesResource = (translate: Translate): ResourceProps => ({
  name: CALLBACK_RULES_RESOURCE,
  list: '/callback-rules',
  meta: { label: translate('callbackRules.menu'), parent: `${GROUP_PREFIX}reference`, icon: <SettingOutlined />, canDelete: false },
});

/** 表单设计: holders of forms.design design form types (a page of its own, not a register). */
export const FORM_DESIGNER_RESOURCE = 'form-designer';
export const canDesignForms = (held: readonly Capability[] = []): boolean => held.includes('forms.design');

const formDesignerResource = (translate: Translate): ResourceProps => ({
  name: FORM_DESIGNER_RESOURCE,
  list: '/form-designer',
  meta: { label: translate('forms.designerMenu'), icon: <FormOutlined />, canDelete: false },
});

/** 统计看板: the managers' first screen (holders of statistics.read). */
export const DASHBOARD_RESOURCE = 'dashboard';

export const canSeeDashboard = (held: readonly Capability[] = []): boolean => held.includes('statistics.read');

const dashboardResource = (translate: Translate): ResourceProps => ({
  name: DASHBOARD_RESOURCE,
  list: '/dashboard',
  meta: { label: translate('dashboard.menu'), icon: <BarChartOutlined />, canDelete: false },
});

/** 岗位权限: which roles hold which capability, under 基础资料 (holders of capabilities.edit). */
export const CAPABILITIES_RESOURCE = 'capabilities';

export const canSetCapabilities = (held: readonly Capability[] = []): boolean => held.includes('capabilities.edit');

const capabilitiesResource = (translate: Translate): ResourceProps => ({
  name: CAPABILITIES_RESOURCE,
  list: '/capabilities',
  meta: { label: translate('capabilities.menu'), parent: `${GROUP_PREFIX}reference`, icon: <SafetyCertificateOutlined />, canDelete: false },
});

/** Where `/` leads: the first register in menu order (客户诉求 for the front desk), not a shortcut. */
export const landingRegister = (registers: readonly PermittedRegister[]): string | undefined =>
  [...registers].filter((r) => r.permissions.includes('read')).sort(byMenuRank)[0]?.pluralName;

/** The Refine resource of one register: routes only for what the user may do. */
export const registerResource = (register: PermittedRegister, locale: Locale): ResourceProps => {
  const path = `/${register.pluralName}`;
  const may = (p: PermittedRegister['permissions'][number]) => register.permissions.includes(p);
  return {
    name: register.pluralName,
    list: path,
    show: `${path}/show/:id`,
    create: may('create') ? `${path}/create` : undefined,
    edit: may('update') ? `${path}/edit/:id` : undefined,
    meta: {
      label: register.label[locale],
      parent: `${GROUP_PREFIX}${menuGroupOf(register.pluralName)}`,
      canDelete: false,
      registerKey: register.key,
    },
  };
};

/** Menu groups (only non-empty ones) followed by one resource per readable register. */
export const buildResources = ({
  registers,
  locale,
  translate,
  capabilities,
}: {
  registers: readonly PermittedRegister[];
  locale: Locale;
  translate: Translate;
  capabilities?: readonly Capability[];
}): ResourceProps[] => {
  const readable = registers.filter((r) => r.permissions.includes('read'));
  const groups = MENU_GROUPS.filter((g) => readable.some((r) => menuGroupOf(r.pluralName) === g.name)).map(
    (g): ResourceProps => ({
      name: `${GROUP_PREFIX}${g.name}`,
      meta: { label: translate(g.labelKey), icon: g.icon },
    }),
  );
  const items = [...readable].sort(byMenuRank).map((r) => registerResource(r, locale));
  const shortcuts = canRecordIntake(readable) ? [intakeResource(translate)] : [];
  const overdue = canSeeOverdue(readable) ? [overdueResource(translate)] : [];
  const worklist = canCallBack(readable) ? [callbackWorklistResource(translate)] : [];
  const rules = canSeeCallbackRules(capabilities) ? [callbackRulesResource(translate)] : [];
  const settings = canEditDeadlineSettings(capabilities) ? [deadlineSettingsResource(translate)] : [];
  const designer = canDesignForms(capabilities) ? [formDesignerResource(translate)] : [];
  const dashboard = canSeeDashboard(capabilities) ? [dashboardResource(translate)] : [];
  const roleSettings = canSetCapabilities(capabilities) ? [capabilitiesResource(translate)] : [];
  return [...dashboard, ...groups, ...shortcuts, ...items, ...worklist, ...overdue, ...rules, ...roleSettings, ...designer, ...settings];
};
