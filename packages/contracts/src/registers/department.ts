import { email, label, phone, string } from '../field-builders';
import { CODE_PATTERN, EMAIL_PATTERN, PHONE_PATTERN } from '../patterns';
import type { RegisterDescription } from '../types';
import { referenceAccess } from './reference';

export const DEPARTMENT_UID = 'api::department.department';

export const departmentRegister: RegisterDescription = {
  key: 'department',
  uid: DEPARTMENT_UID,
  singularName: 'department',
  pluralName: 'departments',
  collectionName: 'departments',
  kind: 'reference',
  label: label('部门', 'Departments'),
  fields: [
    string('name', '部门名称', 'Name', { required: true, unique: true, maxLength: 50 }),
    string('code', '部门代码', 'Code', {
      required: true,
      unique: true,
      maxLength: 30,
      pattern: CODE_PATTERN,
      patternMessage: label('只能包含大写字母、数字和短横线', 'Upper-case letters, digits and dashes only'),
    }),
    string('head', '部门负责人', 'Head', { maxLength: 50 }),
    email('email', '部门邮箱', 'Email', {
      pattern: EMAIL_PATTERN,
      patternMessage: label('请输入有效的邮箱地址', 'Enter a valid email address'),
    }),
    phone('phone', '部门电话', 'Phone', { pattern: PHONE_PATTERN }),
  ],
  titleField: 'name',
  searchFields: ['name', 'code', 'head'],
  listFields: ['name', 'code', 'head', 'email', 'phone'],
  defaultSort: { field: 'code', order: 'asc' },
  indexes: [],
  access: referenceAccess(),
};
