import type { FieldDescription, Label } from '../types';

const label = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });
const field = (name: string, type: FieldDescription['type'], zh: string, en: string, extra: Partial<FieldDescription> = {}): FieldDescription => ({
  name, type, label: label(zh, en), ...extra,
});

/** Columns every Strapi document has, beside the register's own fields. */
export const SYSTEM_QUERY_FIELDS: readonly FieldDescription[] = [
  field('id', 'integer', 'ID', 'ID'),
  field('documentId', 'string', '记录标识', 'Document id'),
  field('createdAt', 'datetime', '创建时间', 'Created at'),
  field('updatedAt', 'datetime', '修改时间', 'Updated at'),
];

/**
 * Relation targets that are not registers: the users-permissions user (受理人, 审批人…) and its
 * role. Only what a filter or a populate may reach; private columns (password, tokens) are absent.
 */
export const NON_REGISTER_TARGETS: Readonly<Record<string, readonly FieldDescription[]>> = {
  user: [
    field('username', 'string', '用户名', 'Username'),
    field('email', 'email', '邮箱', 'Email'),
    field('fullName', 'string', '姓名', 'Full name'),
    field('phone', 'phone', '电话', 'Phone'),
    field('blocked', 'boolean', '已停用', 'Blocked'),
    field('confirmed', 'boolean', '已确认', 'Confirmed'),
    field('department', 'relation', '部门', 'Department', { target: 'department' }),
    field('role', 'relation', '角色', 'Role', { target: 'role' }),
  ],
  role: [
    field('name', 'string', '名称', 'Name'),
    field('type', 'string', '类型', 'Type'),
    field('description', 'string', '说明', 'Description'),
  ],
};

/** Columns of a store of its own (form entries) that its list query answers to beside the form's fields. */
export const STORE_QUERY_FIELDS: readonly FieldDescription[] = [
  field('formVersion', 'integer', '表单版本', 'Form version'),
  field('dueAt', 'datetime', '截止时间', 'Due at'),
  field('status', 'string', '状态', 'Status'),
];
