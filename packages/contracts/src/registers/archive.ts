import { datetime, enumeration, label, managed, option, relation, string, text } from '../field-builders';
import { CODE_PATTERN } from '../patterns';
import type { RegisterAccess, RegisterDescription, RoleKey } from '../types';
import { referenceAccess } from './reference';

export const ARCHIVE_UID = 'api::archive.archive';

export const ARCHIVE_KIND_OPTIONS = [
  option('owner', '业主档案', 'Owner file'),
  option('engineering', '工程档案', 'Engineering file'),
  option('contract', '合同', 'Contract'),
  option('administrative', '行政档案', 'Administrative'),
  option('other', '其他', 'Other'),
];

export const CONFIDENTIALITY_OPTIONS = [
  option('normal', '普通', 'Normal'),
  option('confidential', '机密', 'Confidential'),
];

export const ARCHIVE_STATE_OPTIONS = [
  option('in_place', '在档', 'In place'),
  option('lent', '借出', 'Lent'),
  option('destroyed', '已销毁', 'Destroyed'),
];

/**
 * Who sees confidential (机密) archives and everything about them (docs/archives.md §5.3: "not shown to
 * unrelated persons"): the supervisor, who approves and oversees archive access; the director,
 * who approves copies and destruction; the administrator, who registers and maintains the
 * archives. Front-desk staff and department heads are not party to confidential files: a request
 * about one is taken by the supervisor.
 */
export const ARCHIVE_CLEARED_ROLES: readonly RoleKey[] = ['supervisor', 'director', 'administrator'];

/** A register's access with clearance for the roles above (archives, their loans and destructions). */
export const withArchiveClearance = (access: RegisterAccess[]): RegisterAccess[] =>
  access.map((a) => (ARCHIVE_CLEARED_ROLES.includes(a.role) ? { ...a, clearance: true } : a));

export const archiveRegister: RegisterDescription = {
  key: 'archive',
  uid: ARCHIVE_UID,
  singularName: 'archive',
  pluralName: 'archives',
  collectionName: 'archives',
  kind: 'reference',
  label: label('档案', 'Archives'),
  fields: [
    string('code', '档案编号', 'Archive code', {
      required: true,
      unique: true,
      maxLength: 30,
      pattern: CODE_PATTERN,
      patternMessage: label('只能包含大写字母、数字和短横线', 'Upper-case letters, digits and dashes only'),
    }),
    string('title', '档案名称', 'Title', { required: true, maxLength: 200 }),
    enumeration('kind', '档案类别', 'Kind', ARCHIVE_KIND_OPTIONS, { required: true, default: 'owner' }),
    enumeration('confidentiality', '密级', 'Confidentiality', CONFIDENTIALITY_OPTIONS, {
      required: true,
      default: 'normal',
    }),
    string('location', '存放位置', 'Location', { required: true, maxLength: 100 }),
    relation('unit', '相关房屋', 'Unit', 'unit'),
    managed(enumeration('state', '状态', 'State', ARCHIVE_STATE_OPTIONS, { default: 'in_place' })),
    managed(datetime('destroyedAt', '销毁时间', 'Destroyed at')),
    text('notes', '备注', 'Notes', { maxLength: 500 }),
  ],
  titleField: 'code',
  searchFields: ['code', 'title', 'location'],
  listFields: ['code', 'title', 'kind', 'confidentiality', 'location', 'state'],
  defaultSort: { field: 'code', order: 'asc' },
  indexes: [['confidentiality']],
  access: withArchiveClearance(referenceAccess()),
  confidential: { field: 'confidentiality', values: ['confidential'] },
};
