import type { FieldDescription, RegisterDescription, WorkflowAction } from '@wuyedesk/contracts';

/**
 * Fields a person types on the create/edit form. Managed fields are stamped by the server,
 * `writtenBy` fields belong to a workflow step (e.g. 处理结果 only through 完成), and
 * `afterIntake` fields (延误原因, 约定时限) are for later edits, not the first recording.
 */
export const formFields = (register: RegisterDescription, mode: 'create' | 'edit'): FieldDescription[] =>
  register.fields.filter((f) => !f.managed && !f.writtenBy?.length && !(mode === 'create' && f.afterIntake));

/** The fields a workflow step asks for, in the order the step lists them. */
export const actionFields = (register: RegisterDescription, action: WorkflowAction): FieldDescription[] =>
  (action.input ?? [])
    .map((name) => register.fields.find((f) => f.name === name))
    .filter((f): f is FieldDescription => f !== undefined);

const needsPopulate = (f: FieldDescription) => f.type === 'relation' || f.type === 'media';

/** Relations and files come back from Strapi only when asked for by name. */
export const populateFor = (fields: readonly FieldDescription[]): string[] =>
  fields.filter(needsPopulate).map((f) => f.name);

/** `unit.code` (a search through a relation) names the `unit` field. */
export const fieldsByName = (register: RegisterDescription, names: readonly string[]): FieldDescription[] =>
  names
    .map((name) => register.fields.find((f) => f.name === name.split('.')[0]))
    .filter((f): f is FieldDescription => f !== undefined);

export type FieldGroup = 'details' | 'handling' | 'system';

/** Show page sections: what was recorded, what the workflow steps wrote, what the system stamped. */
export const groupFields = (register: RegisterDescription): Record<FieldGroup, FieldDescription[]> => ({
  details: register.fields.filter((f) => !f.managed && !f.writtenBy?.length),
  handling: register.fields.filter((f) => !f.managed && !!f.writtenBy?.length),
  system: register.fields.filter((f) => f.managed && f.name !== register.workflow?.field),
});
