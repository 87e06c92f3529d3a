import type { RegisterDescription, RoleKey, WorkflowAction } from './types';

export type TransitionCheck =
  | { ok: true; action: WorkflowAction }
  | { ok: false; code: 'UNKNOWN_ACTION' | 'TRANSITION_NOT_ALLOWED' | 'ROLE_NOT_ALLOWED'; action?: WorkflowAction };

/** May `role` take `actionName` on a record of `register` that is now in `status`? */
export const checkTransition = ({
  register,
  actionName,
  status,
  role,
}: {
  register: RegisterDescription;
  actionName: string;
  status: string;
  role: RoleKey;
}): TransitionCheck => {
  const action = register.workflow?.actions.find((a) => a.name === actionName);
  if (!action) return { ok: false, code: 'UNKNOWN_ACTION' };
  if (!action.from.includes(status)) return { ok: false, code: 'TRANSITION_NOT_ALLOWED', action };
  if (!action.roles.includes(role)) return { ok: false, code: 'ROLE_NOT_ALLOWED', action };
  return { ok: true, action };
};

/** The actions the panel offers: allowed from this state and for this role. */
export const availableActions = ({
  register,
  status,
  role,
}: {
  register: RegisterDescription;
  status: string;
  role: RoleKey;
}): WorkflowAction[] =>
  (register.workflow?.actions ?? []).filter((a) => a.from.includes(status) && a.roles.includes(role));

export const isFinalState = (register: RegisterDescription, status: string): boolean =>
  register.workflow?.states.find((s) => s.value === status)?.final === true;

export const stateLabel = (register: RegisterDescription, status: string) =>
  register.workflow?.states.find((s) => s.value === status)?.label;
