import { datetime, label, managed, numberField, relation, statusField } from '../field-builders';
import type { FieldDescription, Permission, RegisterAccess, RegisterDescription, RoleKey, Workflow } from '../types';
import type { FormDefinition, FormPermission } from './definition';

/** Every form type's entries live in one table, behind the records core's store seam. */
export const FORM_ENTRY_UID = 'plugin::forms.entry';
export const FORM_ENTRY_STORE = 'forms.entries';
export const FORM_ENTRIES_TABLE = 'wd_form_entries';

/** The panel's resource name of a form type, and the REST path of its entries under /api. */
export const formResourceName = (key: string) => `form-${key}`;
export const formEntriesPath = (key: string) => `forms/entries/${key}`;

/** fill → may create (and see the table); see → read; approve → read, edit and act. */
const PERMISSIONS_OF: Record<FormPermission, Permission[]> = {
  fill: ['create', 'read'],
  see: ['read'],
  approve: ['read', 'update', 'act'],
};

/** 审批: the one status flow a form type may switch on; approvers are the roles with `approve`. */
const approvalWorkflow = (approvers: RoleKey[]): Workflow => ({
  field: 'status',
  initial: 'submitted',
  states: [
    { value: 'submitted', label: label('待审批', 'Awaiting approval'), tone: 'processing' },
    { value: 'approved', label: label('已批准', 'Approved'), tone: 'success', final: true },
    { value: 'rejected', label: label('已驳回', 'Rejected'), tone: 'error', final: true },
  ],
  actions: [
    { name: 'approve', label: label('批准', 'Approve'), from: ['submitted'], to: 'approved', roles: approvers },
    { name: 'reject', label: label('驳回', 'Reject'), from: ['submitted'], to: 'rejected', roles: approvers, confirm: true },
  ],
});

/** Text a person types into the search box: matched as a substring. */
const SEARCHABLE_TYPES = new Set(['string', 'phone', 'idcard', 'email']);

/** Fields a list can filter and sort on by default: short, comparable values. */
const FILTERABLE_BY_DEFAULT = new Set(['money', 'integer', 'decimal', 'date', 'datetime', 'enum', 'boolean', 'relation']);
export const isFilterable = (f: FieldDescription) => f.filterable ?? (FILTERABLE_BY_DEFAULT.has(f.type) && !(f.type === 'enum' && f.multiple) && !(f.type === 'relation' && f.multiple));

/**
 * A published form type as a register description: the panel's generic pages, the records
 * core's write path (validation, numbering, history, events), deadlines and exports all serve
 * it like a built-in register. Fields removed in later versions (`retired`) stay, read-only, so
 * earlier entries still show and export them.
 */
export const formRegister = ({
  definition,
  version,
  retired = [],
}: {
  definition: FormDefinition;
  version: number;
  retired?: FieldDescription[];
}): RegisterDescription => {
  const roles = (p: FormPermission) => definition.permissions.filter((r) => r.can.includes(p)).map((r) => r.role);
  const workflow = definition.approval ? approvalWorkflow(roles('approve')) : undefined;
  const access: RegisterAccess[] = definition.permissions
    .map((r) => ({
      role: r.role,
      can: [...new Set(r.can.flatMap((c) => PERMISSIONS_OF[c]))].filter((c) => c !== 'act' || !!workflow),
      ...(r.scope ? { scope: r.scope } : {}),
    }))
    .filter((r) => r.can.length > 0);
  // The department field is always filterable: the row scope of a department head filters on it.
  const own = definition.fields.map((f) => ({ ...f, filterable: f.name === definition.departmentField || isFilterable(f) }));
  const fields: FieldDescription[] = [
    numberField(),
    ...(workflow ? [statusField(workflow.states)] : []),
    ...own,
    ...retired.map((f) => ({ ...managed(f), retired: true, filterable: false })),
    managed(relation('filledBy', '填写人', 'Filled by', 'user')),
    managed(datetime('createdAt', '填写时间', 'Filled at')),
  ];
  const listFields = definition.listFields?.length
    ? definition.listFields
    : own.filter((f) => f.filterable).slice(0, 4).map((f) => f.name);
  return {
    key: definition.key,
    uid: FORM_ENTRY_UID,
    singularName: definition.key,
    pluralName: formResourceName(definition.key),
    collectionName: FORM_ENTRIES_TABLE,
    kind: 'record',
    label: definition.name,
    numberPrefix: definition.numberPrefix,
    recordedByField: 'filledBy',
    fields,
    workflow,
    titleField: 'number',
    // The search box finds an entry by any short text the designer marked 可筛选 (押金单号, 业主姓名).
    searchFields: ['number', ...own.filter((f) => f.filterable && SEARCHABLE_TYPES.has(f.type)).map((f) => f.name)],
    listFields: ['number', ...(workflow ? ['status'] : []), ...listFields.filter((n) => n !== 'number'), 'createdAt'],
    defaultSort: { field: 'createdAt', order: 'desc' },
    indexes: own.filter((f) => f.filterable).map((f) => [f.name]),
    access,
    store: FORM_ENTRY_STORE,
    apiPath: formEntriesPath(definition.key),
    sections: definition.sections,
    formVersion: version,
    ...(definition.departmentField ? { departmentField: definition.departmentField } : {}),
  };
};
