import { label, text } from '../field-builders';
import type { FieldDescription, RoleKey, WorkflowAction } from '../types';

/**
 * Deadlines move only through an action (DOMAIN §2). Before dispatch the desk may still correct
 * what it recorded; once the work is dispatched the fields a deadline is computed from are fixed
 * (`editableIn`) and change only by these steps, each with a reason, in the record's history.
 * Neither step moves the record on: the state stays, the clocks are recomputed.
 */
export const DEADLINE_REASON = 'deadlineReason';
const REVISE = 'reviseDeadline';

/** States in which a plain edit may still change the deadline's basis (登记后、派单前). */
export const BEFORE_DISPATCH = ['received'];

/** 时限变更原因: the last reason given; every earlier one is in the history, step by step. */
export const deadlineReasonField = (agreeAction: string): FieldDescription =>
  text(DEADLINE_REASON, '时限变更原因', 'Reason for the deadline change', { maxLength: 500, writtenBy: [REVISE, agreeAction] });

/** 调整时限: the received time or the complexity (urgency), corrected after dispatch, with a reason. */
export const reviseDeadlineAction = ({ from, basis }: { from: string[]; basis: string }): WorkflowAction => ({
  name: REVISE,
  label: label('调整时限', 'Adjust deadline'),
  from,
  roles: ['supervisor'],
  input: ['receivedAt', basis, DEADLINE_REASON],
  requires: [DEADLINE_REASON],
});

/**
 * A deadline that is not computed but agreed or set (特别复杂: with the resident; 重大报修: by the
 * manager): its time, who it was agreed with or set by, and why.
 */
export const agreedDeadline = ({
  name,
  actionLabel,
  dueField,
  byField,
  from,
  roles,
  onlyWhen,
}: {
  name: string;
  actionLabel: ReturnType<typeof label>;
  dueField: FieldDescription;
  byField: FieldDescription;
  from: string[];
  roles: RoleKey[];
  onlyWhen: { field: string; values: string[] };
}): { fields: FieldDescription[]; action: WorkflowAction } => ({
  fields: [
    { ...dueField, writtenBy: [name], afterIntake: true },
    { ...byField, writtenBy: [name], afterIntake: true },
  ],
  action: {
    name,
    label: actionLabel,
    from,
    roles,
    input: [dueField.name, byField.name, DEADLINE_REASON],
    requires: [dueField.name, byField.name, DEADLINE_REASON],
    onlyWhen,
  },
});
