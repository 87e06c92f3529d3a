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
import type { RegisterAccess, RegisterDescription } from '../types';
import { KEY_LOAN_APPROVALS, keyLoanApproverRoles } from './key-loan-approval';

export const KEY_LOAN_UID = 'api::key-loan.key-loan';

/** The purpose decides whose approval a loan needs (docs/keys.md §4.2). */
export const KEY_LOAN_PURPOSE_OPTIONS = [option('repair', '维修', 'Repair'), option('other', '其他', 'Other')];

export const KEY_LOAN_STATES = [
  { value: 'lent', label: label('借出', 'Lent'), tone: 'processing' as const },
  { value: 'returned', label: label('已归还', 'Returned'), tone: 'success' as const, final: true },
  { value: 'lost', label: label('遗失', 'Lost'), tone: 'error' as const, final: true },
];

/** Registers kept by the front desk and watched by the supervisor. */
export const ledgerAccess = (): RegisterAccess[] => [
  { role: 'staff', can: ['read', 'create', 'update', 'act'] },
  { role: 'supervisor', can: ['read', 'create', 'update', 'act'] },
  { role: 'director', can: ['read'] },
  { role: 'administrator', can: ['read', 'create', 'update', 'act'] },
];

export const keyLoanRegister: RegisterDescription = {
  key: 'key-loan',
  uid: KEY_LOAN_UID,
  singularName: 'key-loan',
  pluralName: 'key-loans',
  collectionName: 'key_loans',
  kind: 'record',
  label: label('钥匙借用登记', 'Key loans'),
  numberPrefix: 'YS',
  numberDateField: 'borrowedAt',
  recordedByField: 'handler',
  fields: [
    numberField(),
    relation('key', '钥匙', 'Key', 'key', {
      required: true,
      targetFilter: [{ field: 'state', operator: 'eq', value: 'in_cabinet' }],
    }),
    datetime('borrowedAt', '借出时间', 'Borrowed at'),
    string('borrower', '借用人', 'Borrower', { required: true, maxLength: 50 }),
    phone('borrowerPhone', '借用人电话', 'Borrower phone', { pattern: PHONE_PATTERN }),
    string('borrowerOrganisation', '借用人单位', 'Borrower organisation', { maxLength: 100 }),
    relation('department', '借用部门', 'Borrowing department', 'department', {
      help: label('遗失时通知该部门负责人', "Its head is told at once if the key is lost"),
    }),
    enumeration('purpose', '借用事由', 'Purpose', KEY_LOAN_PURPOSE_OPTIONS, { required: true, default: 'repair' }),
    text('purposeNote', '事由说明', 'Purpose details', { maxLength: 500 }),
    relation('approver', '审批人', 'Approved by', 'user', {
      required: true,
      targetFilter: [{ field: 'role.type', operator: 'in', value: keyLoanApproverRoles() }],
      targetCapabilities: KEY_LOAN_APPROVALS.map((a) => a.capability),
      help: label(
        KEY_LOAN_APPROVALS.map((a) => a.help['zh-CN']).join('；'),
        KEY_LOAN_APPROVALS.map((a) => a.help.en).join('; '),
      ),
    }),
    media('approvalScan', '审批单扫描件', 'Scanned approval', { accept: ['images', 'files'] }),
    managed(relation('handler', '经办人', 'Handled by', 'user')),
    managed(datetime('dueAt', '应还时间', 'Due back at')),
    managed(datetime('returnedAt', '归还时间', 'Returned at')),
    string('returnedBy', '归还人', 'Returned by', { maxLength: 50, writtenBy: ['return'] }),
    managed(relation('returnHandler', '归还经办人', 'Return handled by', 'user')),
    managed(datetime('lostAt', '遗失报告时间', 'Reported lost at')),
    text('lossNote', '遗失情况', 'Loss details', { maxLength: 1000, writtenBy: ['reportLost'] }),
    statusField(KEY_LOAN_STATES),
  ],
  workflow: {
    field: 'status',
    initial: 'lent',
    states: KEY_LOAN_STATES,
    actions: [
      {
        name: 'return',
        label: label('归还', 'Return'),
        from: ['lent'],
        to: 'returned',
        roles: ['staff', 'supervisor', 'administrator'],
        stampAt: 'returnedAt',
        stampBy: 'returnHandler',
        input: ['returnedBy'],
        requires: ['returnedBy'],
      },
      {
        name: 'reportLost',
        label: label('报告遗失', 'Report lost'),
        from: ['lent'],
        to: 'lost',
        roles: ['staff', 'supervisor', 'administrator'],
        stampAt: 'lostAt',
        input: ['lossNote'],
        requires: ['lossNote'],
        confirm: true,
      },
    ],
  },
  titleField: 'number',
  searchFields: ['number', 'borrower', 'borrowerPhone', 'key.code'],
  listFields: ['number', 'key', 'borrowedAt', 'borrower', 'purpose', 'approver', 'dueAt', 'returnedAt', 'status'],
  defaultSort: { field: 'borrowedAt', order: 'desc' },
  indexes: [['status', 'dueAt'], ['borrowedAt']],
  access: ledgerAccess(),
};
