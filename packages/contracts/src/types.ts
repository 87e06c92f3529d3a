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
  | 'json';

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
  /** media: which kinds of files are accepted. */
  accept?: Array<'images' | 'files'>;
  help?: Label;
  /** Written only by the named workflow action(s) (e.g. resolution by resolve). */
  writtenBy?: string[];
  /** Filled while the work is handled (延误原因, 约定时限…), not when it is recorded: the create form leaves it out. */
  afterIntake?: boolean;
}

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
  to: string;
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
}
