import {
  datetime,
  enumeration,
  label,
  managed,
  numberField,
  option,
  relation,
  statusField,
  string,
  text,
} from '../field-builders';
import type { RegisterDescription } from '../types';

export const ARCHIVE_DESTRUCTION_UID = 'api::archive-destruction.archive-destruction';

export const DESTRUCTION_METHOD_OPTIONS = [
  option('shred', '粉碎', 'Shredded'),
  option('burn', '焚烧', 'Burnt'),
  option('pulp', '化浆', 'Pulped'),
  option('other', '其他', 'Other'),
];

const STATES = [
  { value: 'requested', label: label('待审批', 'Awaiting approval'), tone: 'warning' as const },
  { value: 'approved', label: label('已批准', 'Approved'), tone: 'processing' as const },
  { value: 'destroyed', label: label('已销毁', 'Destroyed'), tone: 'success' as const, final: true },
  { value: 'rejected', label: label('未批准', 'Rejected'), tone: 'error' as const, final: true },
  { value: 'void', label: label('已作废', 'Void'), tone: 'error' as const, final: true },
];

/**
 * 档案销毁登记 (docs/archives.md §5.4): destroying an archive needs an appraisal (鉴定意见), the director's
 * approval and two witnesses — two different people, signed-in users of the desk — and is recorded
 * here and on the archive itself (its state becomes 已销毁; a destroyed archive cannot be lent).
 */
export const archiveDestructionRegister: RegisterDescription = {
  key: 'archive-destruction',
  uid: ARCHIVE_DESTRUCTION_UID,
  singularName: 'archive-destruction',
  pluralName: 'archive-destructions',
  collectionName: 'archive_destructions',
  kind: 'record',
  label: label('档案销毁登记', 'Archive destruction'),
  numberPrefix: 'XH',
  numberDateField: 'requestedAt',
  recordedByField: 'handler',
  fields: [
    numberField(),
    relation('archive', '档案', 'Archive', 'archive', { required: true, editableIn: ['requested'] }),
    datetime('requestedAt', '申请时间', 'Requested at'),
    string('appraisers', '鉴定人员', 'Appraised by', { required: true, maxLength: 100 }),
    text('appraisal', '鉴定意见', 'Appraisal', { required: true, maxLength: 2000, editableIn: ['requested'] }),
    managed(relation('handler', '经办人', 'Handled by', 'user')),
    managed(relation('approver', '审批人', 'Approved by', 'user')),
    managed(datetime('approvedAt', '审批时间', 'Approved at')),
    text('decisionNote', '审批意见', 'Decision note', { maxLength: 500, writtenBy: ['approve', 'reject'] }),
    enumeration('method', '销毁方式', 'Method', DESTRUCTION_METHOD_OPTIONS, { writtenBy: ['destroy'] }),
    relation('witness1', '监销人一', 'First witness', 'user', { writtenBy: ['destroy'] }),
    relation('witness2', '监销人二', 'Second witness', 'user', { writtenBy: ['destroy'], distinctFrom: ['witness1'] }),
    managed(datetime('destroyedAt', '销毁时间', 'Destroyed at')),
    managed(relation('destroyHandler', '销毁经办人', 'Destruction handled by', 'user')),
    statusField(STATES),
  ],
  workflow: {
    field: 'status',
    initial: 'requested',
    states: STATES,
    actions: [
      {
        name: 'approve',
        label: label('批准销毁', 'Approve'),
        from: ['requested'],
        to: 'approved',
        roles: ['director'],
        stampAt: 'approvedAt',
        stampBy: 'approver',
        input: ['decisionNote'],
      },
      {
        name: 'reject',
        label: label('不批准', 'Reject'),
        from: ['requested'],
        to: 'rejected',
        roles: ['director'],
        stampAt: 'approvedAt',
        stampBy: 'approver',
        input: ['decisionNote'],
        requires: ['decisionNote'],
        confirm: true,
      },
      {
        name: 'destroy',
        label: label('销毁', 'Destroy'),
        from: ['approved'],
        to: 'destroyed',
        roles: ['supervisor', 'administrator'],
        stampAt: 'destroyedAt',
        stampBy: 'destroyHandler',
        input: ['method', 'witness1', 'witness2'],
        requires: ['method', 'witness1', 'witness2'],
        confirm: true,
      },
      {
        name: 'void',
        label: label('作废', 'Void'),
        from: ['requested', 'approved'],
        to: 'void',
        roles: ['supervisor', 'administrator'],
        confirm: true,
      },
    ],
  },
  titleField: 'number',
  searchFields: ['number', 'appraisers'],
  listFields: ['number', 'archive', 'requestedAt', 'approver', 'method', 'destroyedAt', 'status'],
  defaultSort: { field: 'requestedAt', order: 'desc' },
  indexes: [['status'], ['requestedAt']],
  access: [
    { role: 'supervisor', can: ['read', 'create', 'update', 'act'] },
    { role: 'director', can: ['read', 'act'] },
    { role: 'administrator', can: ['read', 'create', 'update', 'act'] },
  ],
  confidential: { via: 'archive' },
};
