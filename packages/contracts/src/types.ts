/** A text in both UI languages. zh-CN is the default everywhere. */
export interface Label {
  'zh-CN': string;
  en: string;
}

export type Locale = keyof Label;
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** The roles of the office, as users-permissions role types. */
export type RoleKey = 'staff' | 'dept-head' | 'supervisor' | 'director' | 'administrator';

export type FieldType =
  | 'string'
  | 'text'
  | 'integer'
  | 'decimal'
  | 'money'
  | 'date'
  | 'datetime'
  | 'boolean'
  | 'enum'
  | 'phone'
  | 'email'
  | 'relation'
  | 'media'
  | 'json'
  /** 身份证号: 18 characters with the GB 11643 check digit. */
  | 'idcard'
  /** A repeating group: rows of sub-fields (`fields`), e.g. each party's arrival time. */
  | 'group';

/**
 * Conditional visibility (show B when A = x): the field is shown, required and stored only
 * while `field` equals `equals` (or, for a multiple choice, includes it). A hidden field's
 * value is dropped, never validated.
 */
export interface VisibleWhen {
  field: string;
  equals: string | number | boolean;
}

export interface EnumOption {
  value: string;
  label: Label;
}

export interface FieldDescription {
  name: string;
  type: FieldType;
  label: Label;
  required?: boolean;
  /** Set by the system (number, status, step stamps, dueAt): never accepted from a client. */
  managed?: boolean;
  unique?: boolean;
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  /** A regular expression source the value must match (strings only). */
  pattern?: string;
  patternMessage?: Label;
  options?: EnumOption[];
  default?: string | number | boolean;
  /** relation: the key of the target register ('unit', 'department', 'user'…). */
  target?: string;
  multiple?: boolean;
  /**
   * relation: the picker offers only related records matching these filters (keys in the
   * cabinet, people who may approve). A convenience for the person picking: the server checks
   * its rules on its own. Dotted fields reach into a relation ('role.type').
   */
  targetFilter?: Array<{ field: string; operator: 'eq' | 'in'; value: string | string[] }>;
  /**
   * relation to users: offer the people whose role holds one of these capabilities (an approver);
   * the registry turns it into a `role.type` targetFilter from the grants in force.
   */
  targetCapabilities?: string[];
  /** media: which kinds of files are accepted. */
  accept?: Array<'images' | 'files'>;
  help?: Label;
  /** Written only by the named workflow action(s) (e.g. resolution by resolve). */
  writtenBy?: string[];
  /** Filled while the work is handled (延误原因, 约定时限…), not when it is recorded: the create form leaves it out. */
  afterIntake?: boolean;
  /** group: the sub-fields of each row (min/max then count rows); enum with `multiple`: min/max count choices. */
  fields?: FieldDescription[];
  visibleWhen?: VisibleWhen;
  /** Form types: the key of the section the field is shown in. */
  section?: string;
  /** Form types: the list may filter and sort on it (an expression index is created for it). */
  filterable?: boolean;
  /** Form types: removed in a later version; kept (read-only) so earlier entries still show and export it. */
  retired?: boolean;
  /** Asked for only when the condition holds (复制范围 for copies, 介绍信 for outside persons). */
  showWhen?: FieldCondition;
  /** Must differ from these fields' values (the second witness is not the first). */
  distinctFrom?: string[];
  /**
   * Workflow states in which an edit may change it; later it is fixed (what was approved — the
   * archive, the kind of access — cannot be swapped after the approval).
   */
  editableIn?: string[];
  /**
   * datetime: may not lie in the future (受理时间: a report cannot be received tomorrow). A few
   * minutes of clock skew between the panel and the server are allowed (CLOCK_SKEW_MINUTES).
   */
  notAfterNow?: boolean;
}

export interface FormSection {
  key: string;
  label: Label;
}

/** Holds when the record's `field` has one of `values` (enum values, compared as given). */
export interface FieldCondition {
  field: string;
  values: string[];
}

/** When the condition holds, these fields must be filled; `reason` says why, in the message. */
export interface ConditionalRequirement extends FieldCondition {
  requires: string[];
  reason: Label;
}

/** For records matching the condition, only these roles may take the action; `reason` is the refusal. */
export interface ActionRoleRule extends FieldCondition {
  roles: RoleKey[];
  reason: Label;
}

/**
 * Rows marked confidential (机密) are invisible to roles without the `confidential.read` capability:
 * by a field of the register itself, or `via` a relation to a register that has such a field
 * (an archive loan is as confidential as its archive).
 */
export type ConfidentialRule = { field: string; values: string[] } | { via: string };

export interface WorkflowState {
  value: string;
  label: Label;
  /** No action leaves it; the record is read-only. */
  final?: boolean;
  /** antd Tag colour hint for the panel. */
  tone: 'default' | 'processing' | 'success' | 'warning' | 'error';
}

export interface WorkflowAction {
  name: string;
  label: Label;
  from: string[];
  /** The state it leads to; omitted, the record stays in its state (约定时限 changes a deadline, not the step). */
  to?: string;
  roles: RoleKey[];
  /** Datetime field stamped with the moment of the action. */
  stampAt?: string;
  /** Relation-to-user field set to the acting user. */
  stampBy?: string;
  /** Fields the action takes from its input and writes on the record. */
  input?: string[];
  /** Of those, the ones that must be given. */
  requires?: string[];
  /** The panel asks for confirmation (destructive or final steps). */
  confirm?: boolean;
  /** The action exists only for records matching this (借出 only for loans). */
  onlyWhen?: FieldCondition;
  /** Narrower roles for some records (a copy is approved by the director only). */
  rolesWhen?: ActionRoleRule[];
}

export interface Workflow {
  field: 'status';
  initial: string;
  states: WorkflowState[];
  actions: WorkflowAction[];
}

export type Permission = 'read' | 'create' | 'update' | 'act';

/** Which rows of a register a role sees: all of them, or only its own department's. */
export type RowScope = 'all' | 'own-department';

export interface RegisterAccess {
  role: RoleKey;
  can: Permission[];
  scope?: RowScope;
}

export interface RegisterDescription {
  /** Singular kebab-case name, as in the Strapi uid: 'complaint', 'repair-order'. */
  key: string;
  uid: string;
  singularName: string;
  pluralName: string;
  collectionName: string;
  kind: 'reference' | 'record';
  label: Label;
  /** Record numbers read out on the phone: `${prefix}-YYYYMMDD-0001`. */
  numberPrefix?: string;
  /** The datetime field whose Shanghai calendar day goes into the number. */
  numberDateField?: string;
  /** Relation-to-user field stamped with whoever records the entry (受理人, 经办人, 盘点人). */
  recordedByField?: string;
  fields: FieldDescription[];
  workflow?: Workflow;
  /** What names a record in a list or a link. */
  titleField: string;
  /** Fields the quick search box looks in; `relation.field` searches a related record (unit.code). */
  searchFields: string[];
  /** Default table columns, in order. */
  listFields: string[];
  defaultSort: { field: string; order: 'asc' | 'desc' };
  /** At least one of these must be given (a unit or a free-text address). */
  oneOf?: string[][];
  /** Indexes for the filters and sorts the panel uses (field names); unique fields get theirs anyway. */
  indexes: string[][];
  access: RegisterAccess[];
  /**
   * Where the records live when not in the Strapi content type `uid` (form types: the forms
   * plugin's entries table). Names a store added with the records registry's `addStore`.
   */
  store?: string;
  /** The REST path under /api when it is not `pluralName` (form entries: `forms/entries/<key>`). */
  apiPath?: string;
  /** Form types: the sections fields are grouped in, in order, and the version this description is. */
  sections?: FormSection[];
  formVersion?: number;
  /** Fields required only for some records (copies need a scope; outside persons a letter). */
  requiredWhen?: ConditionalRequirement[];
  /** Which rows are confidential; roles without the `confidential.read` capability never see them. */
  confidential?: ConfidentialRule;
  /** Written only by the system (the audit log): no create, update or action routes. */
  readOnly?: boolean;
  /**
   * Form types: the designed relation field that is the entry's department. Its store answers
   * `department` with it (filters, sort, the row scope, overdue lists, escalation recipients), so
   * every service reads a form entry's department as it reads a complaint's.
   */
  departmentField?: string;
}
