import {
  datetime,
  enumeration,
  label,
  managed,
  media,
  numberField,
  option,
  phone,
  relation,
  statusField,
  string,
  text,
} from '../field-builders';
import { PHONE_PATTERN } from '../patterns';
import type { RegisterDescription } from '../types';
import { ledgerAccess } from './key-loan';

export const ARCHIVE_LOAN_UID = 'api::archive-loan.archive-loan';

export const ARCHIVE_ACCESS_TYPE_OPTIONS = [
  option('read', '查阅', 'Read'),
  option('loan', '借出', 'Loan'),
  option('copy', '复制', 'Copy'),
];

export const REQUESTER_TYPE_OPTIONS = [
  option('internal', '公司员工', 'Company staff'),
  option('external', '外部人员', 'Outside person'),
];

const STATES = [
  { value: 'requested', label: label('待审批', 'Awaiting approval'), tone: 'warning' as const },
  { value: 'approved', label: label('已批准', 'Approved'), tone: 'processing' as const },
  { value: 'lent', label: label('借出中', 'On loan'), tone: 'processing' as const },
  { value: 'returned', label: label('已归还', 'Returned'), tone: 'success' as const, final: true },
  { value: 'completed', label: label('已完成', 'Completed'), tone: 'success' as const, final: true },
  { value: 'rejected', label: label('未批准', 'Rejected'), tone: 'error' as const, final: true },
  { value: 'void', label: label('已作废', 'Void'), tone: 'error' as const, final: true },
];

export const archiveLoanRegister: RegisterDescription = {
  key: 'archive-loan',
  uid: ARCHIVE_LOAN_UID,
  singularName: 'archive-loan',
  pluralName: 'archive-loans',
  collectionName: 'archive_loans',
  kind: 'record',
  label: label('档案查阅/借阅登记', 'Archive access'),
  numberPrefix: 'DA',
  numberDateField: 'requestedAt',
  recordedByField: 'handler',
  fields: [
    numberField(),
    relation('archive', '档案', 'Archive', 'archive', { required: true }),
    enumeration('accessType', '方式', 'Access type', ARCHIVE_ACCESS_TYPE_OPTIONS, { required: true, default: 'read' }),
    datetime('requestedAt', '申请时间', 'Requested at'),
    enumeration('requesterType', '申请人类别', 'Requester type', REQUESTER_TYPE_OPTIONS, {
      required: true,
      default: 'internal',
    }),
    string('requester', '申请人', 'Requester', { required: true, maxLength: 50 }),
    phone('requesterPhone', '申请人电话', 'Requester phone', { pattern: PHONE_PATTERN }),
    string('organisation', '单位', 'Organisation', { maxLength: 100 }),
    media('introductionLetter', '介绍信', 'Letter of introduction', { accept: ['images', 'files'] }),
    text('purpose', '查阅目的', 'Purpose', { required: true, maxLength: 500 }),
    text('scope', '复制范围', 'Scope of copying', { maxLength: 500 }),
    string('approver', '审批人', 'Approved by', { maxLength: 50, writtenBy: ['approve', 'reject'] }),
    managed(datetime('approvedAt', '审批时间', 'Approved at')),
    managed(relation('handler', '经办人', 'Handled by', 'user')),
    datetime('dueAt', '应还时间', 'Due back at', { writtenBy: ['lend'] }),
    managed(datetime('lentAt', '借出时间', 'Lent at')),
    managed(datetime('returnedAt', '归还时间', 'Returned at')),
    text('decisionNote', '审批意见', 'Decision note', { maxLength: 500, writtenBy: ['approve', 'reject'] }),
    statusField(STATES),
  ],
  workflow: {
    field: 'status',
    initial: 'requested',
    states: STATES,
    actions: [
      {
        name: 'approve',
        label: label('批准', 'Approve'),
        from: ['requested'],
        to: 'approved',
        roles: ['supervisor', 'director', 'administrator'],
        stampAt: 'approvedAt',
        input: ['approver', 'decisionNote'],
        requires: ['approver'],
      },
      {
        name: 'reject',
        label: label('不批准', 'Reject'),
        from: ['requested'],
        to: 'rejected',
        roles: ['supervisor', 'director', 'administrator'],
        input: ['approver', 'decisionNote'],
        requires: ['approver', 'decisionNote'],
        confirm: true,
      },
      {
        name: 'lend',
        label: label('借出', 'Lend'),
        from: ['approved'],
        to: 'lent',
        roles: ['staff', 'supervisor', 'administrator'],
        stampAt: 'lentAt',
        input: ['dueAt'],
        requires: ['dueAt'],
      },
      {
        name: 'return',
        label: label('归还', 'Return'),
        from: ['lent'],
        to: 'returned',
        roles: ['staff', 'supervisor', 'administrator'],
        stampAt: 'returnedAt',
      },
      {
        name: 'complete',
        label: label('查阅/复制完毕', 'Complete'),
        from: ['approved'],
        to: 'completed',
        roles: ['staff', 'supervisor', 'administrator'],
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
  searchFields: ['number', 'requester', 'organisation'],
  listFields: ['number', 'archive', 'accessType', 'requester', 'requestedAt', 'approver', 'dueAt', 'status'],
  defaultSort: { field: 'requestedAt', order: 'desc' },
  indexes: [['status', 'dueAt'], ['requestedAt']],
  access: ledgerAccess(),
};
