import type { FieldDescription, FieldType, FormSection, Label, Locale, RoleKey, RowScope } from '../types';
import { ROLE_KEYS } from '../roles';

/** Written into exported definitions, checked on import: a file from another office says what it is. */
export const FORM_DEFINITION_FORMAT = 'wuyedesk-form/1';

/** What a role may do with a form type's entries: 填写 fill, 查看 see, 审批 approve. */
export type FormPermission = 'fill' | 'see' | 'approve';
export const FORM_PERMISSIONS: readonly FormPermission[] = ['fill', 'see', 'approve'];

export interface FormRolePermission {
  role: RoleKey;
  can: FormPermission[];
  /** 'own-department': the role sees only entries whose `departmentField` is its own department. */
  scope?: RowScope;
}

/** Field types an administrator may put on a form (relations: to units, departments or users). */
export const FORM_FIELD_TYPES: readonly FieldType[] = [
  'string', 'text', 'integer', 'decimal', 'money', 'date', 'datetime', 'enum', 'boolean', 'phone', 'idcard',
  'relation', 'media', 'group',
];
export const FORM_RELATION_TARGETS = ['unit', 'department', 'user'] as const;

/**
 * A form type as an administrator designs it, and as it is exported and imported (JSON). Field
 * `name`s are stable generated keys (f_ab12cd): renaming a field changes only its label.
 */
export interface FormDefinition {
  key: string;
  name: Label;
  numberPrefix: string;
  sections: FormSection[];
  fields: FieldDescription[];
  /** 审批: entries start 待审批 and roles with `approve` approve or reject them. */
  approval?: boolean;
  /** Table columns (field names) after the number; default: the first four filterable fields. */
  listFields?: string[];
  permissions: FormRolePermission[];
  /**
   * The relation to 部门 that is an entry's department: what a role scoped to its own department
   * is limited by, what overdue lists group by and whose head an escalation reaches.
   */
  departmentField?: string;
}

export interface FormDefinitionFile extends FormDefinition {
  format: typeof FORM_DEFINITION_FORMAT;
}

export interface DefinitionProblem {
  /** Where in the definition: `fields[2].options`, `numberPrefix`… */
  path: string;
  message: string;
}

/** Names the entries table and the system already use for an entry. */
export const RESERVED_FIELD_NAMES = new Set([
  'id', 'documentId', 'number', 'status', 'filledBy', 'formVersion', 'formType', 'createdAt', 'updatedAt', 'publishedAt', 'data', 'locale',
]);

const KEY_RE = /^[a-z][a-z0-9-]{1,39}$/;
const FIELD_NAME_RE = /^[a-z][A-Za-z0-9_]{0,39}$/;
const PREFIX_RE = /^[A-Z]{1,6}$/;

const MESSAGES = {
  NOT_OBJECT: { 'zh-CN': '定义必须是一个 JSON 对象', en: 'The definition must be a JSON object' },
  FORMAT: { 'zh-CN': '不是物业客服台的表单定义文件（format 应为 {format}）', en: 'Not a WuyeDesk form definition (format must be {format})' },
  KEY: { 'zh-CN': '表单标识只能包含小写字母、数字和短横线，以字母开头，2–40个字符', en: 'The key must be 2–40 lower-case letters, digits or dashes, starting with a letter' },
  KEY_TAKEN: { 'zh-CN': '表单标识“{value}”已被系统登记簿使用', en: 'The key "{value}" is used by a built-in register' },
  NAME: { 'zh-CN': '请填写表单名称', en: 'Give the form a name' },
  PREFIX: { 'zh-CN': '编号前缀必须是1–6个大写字母', en: 'The number prefix must be 1–6 capital letters' },
  PREFIX_TAKEN: { 'zh-CN': '编号前缀“{value}”已被“{owner}”使用', en: 'The number prefix "{value}" is used by "{owner}"' },
  NO_FIELDS: { 'zh-CN': '表单至少需要一个字段', en: 'A form needs at least one field' },
  SECTION: { 'zh-CN': '分组的标识和名称不能为空且不能重复', en: 'Sections need a unique key and a name' },
  FIELD_NAME: { 'zh-CN': '字段标识“{value}”无效或已被占用', en: 'The field key "{value}" is invalid or reserved' },
  DUPLICATE: { 'zh-CN': '字段标识“{value}”重复', en: 'The field key "{value}" appears twice' },
  FIELD_TYPE: { 'zh-CN': '不支持的字段类型“{value}”', en: 'Unsupported field type "{value}"' },
  TYPE_CHANGED: { 'zh-CN': '字段“{label}”已按“{before}”类型保存过数据，不能改为“{value}”；请新建字段', en: 'Field "{label}" already holds {before} data and cannot become {value}; add a new field' },
  LABEL: { 'zh-CN': '字段“{value}”缺少名称', en: 'Field "{value}" needs a label' },
  UNKNOWN_SECTION: { 'zh-CN': '字段“{label}”所在的分组“{value}”不存在', en: 'Field "{label}" is in a section "{value}" that does not exist' },
  OPTIONS: { 'zh-CN': '选择题“{label}”需要至少一个选项，选项值不能重复', en: 'Choice "{label}" needs at least one option with unique values' },
  TARGET: { 'zh-CN': '字段“{label}”只能关联房号、部门或人员', en: 'Field "{label}" may only link to a unit, department or user' },
  GROUP: { 'zh-CN': '重复组“{label}”需要至少一个子字段，且不能再嵌套重复组', en: 'Group "{label}" needs sub-fields and cannot contain a group' },
  RANGE: { 'zh-CN': '字段“{label}”的最小值不能大于最大值', en: 'Field "{label}" has a minimum above its maximum' },
  PATTERN: { 'zh-CN': '字段“{label}”的格式规则不是有效的正则表达式', en: 'Field "{label}" has an invalid pattern' },
  CONDITION: { 'zh-CN': '字段“{label}”的显示条件引用了不存在的字段“{value}”', en: 'Field "{label}" is shown depending on an unknown field "{value}"' },
  CONDITION_VALUE: { 'zh-CN': '字段“{label}”的显示条件取值“{value}”不是该选择题的选项', en: 'Field "{label}" depends on "{value}", which is not an option' },
  LIST_FIELD: { 'zh-CN': '列表列“{value}”不是表单字段', en: 'List column "{value}" is not a field' },
  ROLE: { 'zh-CN': '未知角色“{value}”或权限', en: 'Unknown role "{value}" or permission' },
  DEPARTMENT_FIELD: { 'zh-CN': '“所属部门”字段“{value}”必须是关联部门的单选字段', en: 'The department field "{value}" must be a single link to a department' },
  SCOPE: { 'zh-CN': '“{value}”只能看本部门的记录时，表单需要指定“所属部门”字段', en: 'Limiting "{value}" to its own department needs a department field on the form' },
} as const satisfies Record<string, Record<Locale, string>>;

type Code = keyof typeof MESSAGES;

const isLabel = (v: unknown): v is Label =>
  !!v && typeof v === 'object' && typeof (v as Label)['zh-CN'] === 'string' && (v as Label)['zh-CN'].trim() !== '';

/**
 * Checks a form definition before it is published or imported: every problem, with where it is
 * and a message in the designer's language. `previous` holds every field earlier versions had:
 * a key keeps its type forever, since entries already store values of that type under it.
 */
export const checkDefinition = ({
  definition,
  previous = [],
  reservedKeys = [],
  reservedPrefixes = {},
  locale = 'zh-CN',
  requireFormat = false,
}: {
  definition: unknown;
  previous?: readonly FieldDescription[];
  reservedKeys?: readonly string[];
  /** Prefix → the name of who uses it (built-in registers, other form types). */
  reservedPrefixes?: Record<string, string>;
  locale?: Locale;
  requireFormat?: boolean;
}): DefinitionProblem[] => {
  const problems: DefinitionProblem[] = [];
  const add = (path: string, code: Code, params: Record<string, string> = {}) =>
    problems.push({ path, message: MESSAGES[code][locale].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '') });
  if (!definition || typeof definition !== 'object' || Array.isArray(definition)) {
    add('', 'NOT_OBJECT');
    return problems;
  }
  const d = definition as Partial<FormDefinitionFile>;
  if (requireFormat && d.format !== FORM_DEFINITION_FORMAT) add('format', 'FORMAT', { format: FORM_DEFINITION_FORMAT });
  if (typeof d.key !== 'string' || !KEY_RE.test(d.key)) add('key', 'KEY');
  else if (reservedKeys.includes(d.key)) add('key', 'KEY_TAKEN', { value: d.key });
  if (!isLabel(d.name)) add('name', 'NAME');
  if (typeof d.numberPrefix !== 'string' || !PREFIX_RE.test(d.numberPrefix)) add('numberPrefix', 'PREFIX');
  else if (reservedPrefixes[d.numberPrefix]) add('numberPrefix', 'PREFIX_TAKEN', { value: d.numberPrefix, owner: reservedPrefixes[d.numberPrefix] });

  const sections = Array.isArray(d.sections) ? d.sections : [];
  const sectionKeys = new Set<string>();
  sections.forEach((s, i) => {
    if (!s || typeof s.key !== 'string' || !s.key || sectionKeys.has(s.key) || !isLabel(s.label)) add(`sections[${i}]`, 'SECTION');
    else sectionKeys.add(s.key);
  });

  const fields = Array.isArray(d.fields) ? d.fields : [];
  if (!fields.length) add('fields', 'NO_FIELDS');
  const before = new Map(previous.map((f) => [f.name, f]));
  const checkFields = (list: FieldDescription[], base: string, inGroup: boolean) => {
    const names = new Set<string>();
    list.forEach((f, i) => {
      const path = `${base}[${i}]`;
      const name = typeof f?.name === 'string' ? f.name : '';
      const label = isLabel(f?.label) ? f.label[locale] || f.label['zh-CN'] : name;
      if (!FIELD_NAME_RE.test(name) || RESERVED_FIELD_NAMES.has(name)) add(`${path}.name`, 'FIELD_NAME', { value: name });
      else if (names.has(name)) add(`${path}.name`, 'DUPLICATE', { value: name });
      names.add(name);
      if (!isLabel(f?.label)) add(`${path}.label`, 'LABEL', { value: name });
      if (!FORM_FIELD_TYPES.includes(f?.type)) {
        add(`${path}.type`, 'FIELD_TYPE', { value: String(f?.type) });
        return;
      }
      const old = inGroup ? undefined : before.get(name);
      if (old && old.type !== f.type) add(`${path}.type`, 'TYPE_CHANGED', { label, before: old.type, value: f.type });
      if (!inGroup && f.section !== undefined && !sectionKeys.has(f.section)) add(`${path}.section`, 'UNKNOWN_SECTION', { label, value: f.section });
      if (f.type === 'enum') {
        const values = (f.options ?? []).map((o) => o?.value);
        if (!values.length || new Set(values).size !== values.length || (f.options ?? []).some((o) => typeof o.value !== 'string' || !o.value || !isLabel(o.label))) {
          add(`${path}.options`, 'OPTIONS', { label });
        }
      }
      if (f.type === 'relation' && !FORM_RELATION_TARGETS.includes(f.target as (typeof FORM_RELATION_TARGETS)[number])) add(`${path}.target`, 'TARGET', { label });
      if (f.type === 'group') {
        if (inGroup || !Array.isArray(f.fields) || !f.fields.length) add(`${path}.fields`, 'GROUP', { label });
        else checkFields(f.fields, `${path}.fields`, true);
      }
      if ((f.min !== undefined && f.max !== undefined && f.min > f.max) || (f.minLength !== undefined && f.maxLength !== undefined && f.minLength > f.maxLength)) {
        add(`${path}.min`, 'RANGE', { label });
      }
      if (f.pattern !== undefined) {
        try {
          new RegExp(f.pattern);
        } catch {
          add(`${path}.pattern`, 'PATTERN', { label });
        }
      }
    });
    list.forEach((f, i) => {
      const rule = f?.visibleWhen;
      if (!rule) return;
      const label = isLabel(f.label) ? f.label[locale] : f.name;
      const source = list.find((o) => o.name === rule.field);
      if (!source || source.name === f.name) add(`${base}[${i}].visibleWhen`, 'CONDITION', { label, value: String(rule.field) });
      else if (source.type === 'enum' && !(source.options ?? []).some((o) => o.value === rule.equals)) {
        add(`${base}[${i}].visibleWhen`, 'CONDITION_VALUE', { label, value: String(rule.equals) });
      }
    });
  };
  checkFields(fields, 'fields', false);

  for (const [i, name] of (d.listFields ?? []).entries()) {
    if (!fields.some((f) => f.name === name)) add(`listFields[${i}]`, 'LIST_FIELD', { value: String(name) });
  }
  if (d.departmentField !== undefined) {
    const field = fields.find((f) => f?.name === d.departmentField);
    if (!field || field.type !== 'relation' || field.target !== 'department' || field.multiple) {
      add('departmentField', 'DEPARTMENT_FIELD', { value: String(d.departmentField) });
    }
  }
  (Array.isArray(d.permissions) ? d.permissions : []).forEach((p, i) => {
    if (!ROLE_KEYS.includes(p?.role) || !Array.isArray(p.can) || p.can.some((c) => !FORM_PERMISSIONS.includes(c))) {
      add(`permissions[${i}]`, 'ROLE', { value: String(p?.role) });
    } else if (p.scope !== undefined && p.scope !== 'all' && p.scope !== 'own-department') {
      add(`permissions[${i}].scope`, 'ROLE', { value: String(p.scope) });
    } else if (p.scope === 'own-department' && d.departmentField === undefined) {
      add(`permissions[${i}].scope`, 'SCOPE', { value: p.role });
    }
  });
  return problems;
};

/** A new stable field key: never derived from the label, so renaming is only a label change. */
export const newFieldKey = (taken: Iterable<string> = []): string => {
  const used = new Set(taken);
  for (;;) {
    const key = `f_${Math.random().toString(36).slice(2, 8)}`;
    if (!used.has(key) && /^f_[a-z0-9]{6}$/.test(key)) return key;
  }
};
