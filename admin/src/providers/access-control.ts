import type { AccessControlProvider, CanParams, CanReturnType } from '@refinedev/core';
import { isFinalState, type Capability, type Permission, type RoleKey } from '@wuyedesk/contracts';
import {
  CALLBACK_RULES_RESOURCE,
  CAPABILITIES_RESOURCE,
  CALLBACK_WORKLIST_RESOURCE,
  canCallBack,
  canDesignForms,
  canRecordIntake,
  canSeeDashboard,
  canEditDeadlineSettings,
  canSeeCallbackRules,
  canSeeOverdue,
  canSetCapabilities,
  DASHBOARD_RESOURCE,
  DEADLINE_SETTINGS_RESOURCE,
  FORM_DESIGNER_RESOURCE,
  INTAKE_RESOURCE,
  isMenuGroup,
  OVERDUE_RESOURCE,
} from './resources';
import type { PermittedRegister, Session } from './session';

/** Refine's page and button actions, in the registers' permission words. */
const ACTION_PERMISSION: Record<string, Permission> = {
  list: 'read',
  show: 'read',
  create: 'create',
  clone: 'create',
  edit: 'update',
};

/**
 * What the panel offers; the server decides again on every request. `params.status` (the
 * record's current state) narrows workflow actions and edits to what that state allows.
 */
export const canAccess = ({
  registers,
  role,
  capabilities = [],
  resource,
  action,
  params,
}: {
  registers: readonly PermittedRegister[];
  role: RoleKey;
  capabilities?: readonly Capability[];
} & CanParams): CanReturnType => {
  if (resource && isMenuGroup(resource)) return { can: true };
  if (resource === INTAKE_RESOURCE) return { can: action === 'list' && canRecordIntake(registers) };
  if (resource === DASHBOARD_RESOURCE) return { can: action === 'list' && canSeeDashboard(capabilities) };
  if (resource === OVERDUE_RESOURCE) return { can: action === 'list' && canSeeOverdue(registers) };
  if (resource === DEADLINE_SETTINGS_RESOURCE) return { can: action === 'list' && canEditDeadlineSettings(capabilities) };
  if (resource === CALLBACK_WORKLIST_RESOURCE) return { can: action === 'list' && canCallBack(registers) };
  if (resource === CALLBACK_RULES_RESOURCE) return { can: action === 'list' && canSeeCallbackRules(capabilities) };
  if (resource === FORM_DESIGNER_RESOURCE) return { can: action === 'list' && canDesignForms(capabilities) };
  if (resource === CAPABILITIES_RESOURCE) return { can: action === 'list' && canSetCapabilities(capabilities) };
  const register = registers.find((r) => r.pluralName === resource);
  if (!register) return { can: false };
  const status = typeof params?.status === 'string' ? params.status : undefined;

  // Records are never deleted: closing and voiding are workflow states.
  if (action === 'delete') return { can: false };
  const permission = ACTION_PERMISSION[action];
  if (permission) {
    if (!register.permissions.includes(permission)) return { can: false };
    if (action === 'edit' && status !== undefined && isFinalState(register, status)) return { can: false };
    return { can: true };
  }

  const workflowAction = register.workflow?.actions.find((a) => a.name === action);
  if (!workflowAction || !register.permissions.includes('act')) return { can: false };
  if (!workflowAction.roles.includes(role)) return { can: false };
  return { can: status === undefined || workflowAction.from.includes(status) };
};

export const createAccessControlProvider = (session: Session): AccessControlProvider => ({
  can: async (params) => {
    try {
      const { user, registers } = await session.load();
      return canAccess({ registers, role: user.role, capabilities: user.capabilities, ...params });
    } catch {
      return { can: false };
    }
  },
  options: { buttons: { enableAccessControl: true, hideIfUnauthorized: true } },
});
