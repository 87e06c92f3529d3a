import {
  datetime,
  email,
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
import { EMAIL_PATTERN, PHONE_PATTERN } from '../patterns';
import type { RegisterAccess, RegisterDescription, RoleKey } from '../types';

export const ARCHIVE_LOAN_UID = 'api::archive-loan.archive-loan';

/** 查阅 in the reading place, 借出 out of the archive room, 复制 (copy, transcribe or photograph). */
export const ARCHIVE_ACCESS_TYPE_OPTIONS = [
  option('read', '查阅', 'Read'),
  option('loan', '借出', 'Loan'),
  option('copy', '复制/摘抄/拍照', 'Copy, transcribe or photograph'),
];

export const REQUESTER_TYPE_OPTIONS = [
  option('internal', '公司员工', 'Company staff'),
  option('external', '外部人员', 'Outside person'),
];

/**
 * Who gives the consent each kind of access needs (docs/archives.md §5.2): reading, a leader (客服主管 or
 * 服务中心主任); lending, the customer-service supervisor (or the director above them); copying,
 * company leadership — the service-centre director. Approvers approve in person, signed in: the
 * approval stamps them as 审批人, so the register shows who consented, not who typed a name.
 */
export const ARCHIVE_APPROVER_ROLES: Record<'read' | 'loan' | 'copy', RoleKey[]> = {
  read: ['supervisor', 'director'],
  loan: ['supervisor', 'director'],
  copy: ['director'],
};

/** What a leader approved (which archive, which kind of access, the scope) stays as approved. */
const UNTIL_DECIDED = ['requested'];

const APPROVERS = [...new Set(Object.values(ARCHIVE_APPROVER_ROLES).flat())];

const STATES = [
  { value: 'requested', label: label('待审批', 'Awaiting approval'), tone: 'warning' as const },
  { value: 'approved', label: label('已批准', 'Approved'), tone: 'processing' as const },
  { value: 'lent', label: label('借出中', 'On loan'), tone: 'processing' as const },
  { value: 'returned', label: label('已归还', 'Returned'), tone: 'success' as const, final: true },
  { value: 'completed', label: label('已完成', 'Completed'), tone: 'success' as const, final: true },
  { value: 'rejected', label: label('未批准', 'Rejected'), tone: 'error' as const, final: true },
  { value: 'void', label: label('已作废', 'Void'), tone: 'error' as const, final: true },
];

const COPY_NEEDS_DIRECTOR = {
  field: 'accessType',
  values: ['copy'],
  roles: ARCHIVE_APPROVER_ROLES.copy,
  reason: label(
    '复制、摘抄或拍照档案须经公司领导（服务中心主任）批准',
    'Copying an archive needs the approval of the service-centre director',
  ),
};

/** The front desk registers access, leaders approve, the director reads; 机密 rows only with clearance (capability confidential.read). */
const archiveLoanAccess = (): RegisterAccess[] => [
  { role: 'staff', can: ['read', 'create', 'update', 'act'] },
  { role: 'supervisor', can: ['read', 'create', 'update', 'act'] },
  { role: 'director', can: ['read', 'act'] },
  { role: 'administrator', can: ['read', 'create', 'update', 'act'] },
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
    relation('archive', '档案', 'Archive', 'archive', { required: true, editableIn: UNTIL_DECIDED }),
    enumeration('accessType', '方式', 'Access type', ARCHIVE_ACCESS_TYPE_OPTIONS, {
      required: true,
      default: 'read',
      editableIn: UNTIL_DECIDED,
    }),
    datetime('requestedAt', '申请时间', 'Requested at'),
    enumeration('requesterType', '申请人类别', 'Requester type', REQUESTER_TYPE_OPTIONS, {
      required: true,
      default: 'internal',
    }),
    string('requester', '申请人', 'Requester', { required: true, maxLength: 50 }),
    phone('requesterPhone', '申请人电话', 'Requester phone', { pattern: PHONE_PATTERN }),
    email('requesterEmail', '申请人邮箱', 'Requester e-mail', {
      pattern: EMAIL_PATTERN,
      help: label('借出档案的催还邮件发到这里', 'Reminders to return a loan are sent here'),
    }),
    string('organisation', '单位', 'Organisation', {
      maxLength: 100,
      showWhen: { field: 'requesterType', values: ['external'] },
    }),
    media('introductionLetter', '介绍信', 'Letter of introduction', {
      accept: ['images', 'files'],
      showWhen: { field: 'requesterType', values: ['external'] },
    }),
    text('purpose', '查阅目的', 'Purpose', { required: true, maxLength: 500 }),
    text('scope', '复制范围', 'Scope of copying', {
      maxLength: 500,
      showWhen: { field: 'accessType', values: ['copy'] },
      editableIn: UNTIL_DECIDED,
    }),
    managed(relation('approver', '审批人', 'Approved by', 'user')),
    managed(datetime('approvedAt', '审批时间', 'Approved at')),
    managed(relation('handler', '经办人', 'Handled by', 'user')),
    datetime('dueAt', '应还时间', 'Due back at', { writtenBy: ['lend'] }),
    managed(datetime('lentAt', '借出时间', 'Lent at')),
    managed(datetime('returnedAt', '归还时间', 'Returned at')),
    managed(relation('returnHandler', '归还经办人', 'Return handled by', 'user')),
    text('decisionNote', '审批意见', 'Decision note', { maxLength: 500, writtenBy: ['approve', 'reject'] }),
    statusField(STATES),
  ],
  requiredWhen: [
    {
      field: 'requesterType',
      values: ['external'],
      requires: ['organisation', 'introductionLetter'],
      reason: label(
        '外部人员须凭单位介绍信查阅档案',
        'An outside person needs a letter of introduction from their organisation',
      ),
    },
    {
      field: 'accessType',
      values: ['copy'],
      requires: ['scope'],
      reason: label('复制、摘抄或拍照须写明范围', 'Copying needs a stated scope'),
    },
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
        roles: APPROVERS,
        stampAt: 'approvedAt',
        stampBy: 'approver',
        input: ['decisionNote'],
        rolesWhen: [COPY_NEEDS_DIRECTOR],
      },
      {
        name: 'reject',
        label: label('不批准', 'Reject'),
        from: ['requested'],
        to: 'rejected',
        roles: APPROVERS,
        stampAt: 'approvedAt',
        stampBy: 'approver',
        input: ['decisionNote'],
        requires: ['decisionNote'],
        rolesWhen: [COPY_NEEDS_DIRECTOR],
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
        onlyWhen: { field: 'accessType', values: ['loan'] },
      },
      {
        name: 'return',
        label: label('归还', 'Return'),
        from: ['lent'],
        to: 'returned',
        roles: ['staff', 'supervisor', 'administrator'],
        stampAt: 'returnedAt',
        stampBy: 'returnHandler',
      },
      {
        name: 'complete',
        label: label('查阅/复制完毕', 'Complete'),
        from: ['approved'],
        to: 'completed',
        roles: ['staff', 'supervisor', 'administrator'],
        onlyWhen: { field: 'accessType', values: ['read', 'copy'] },
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
  access: archiveLoanAccess(),
  confidential: { via: 'archive' },
};
