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
  string,
  text,
} from '../field-builders';
import { PHONE_PATTERN } from '../patterns';
import type { FieldDescription, RegisterAccess, WorkflowAction, WorkflowState } from '../types';
import { BEFORE_DISPATCH } from './deadline-actions';

/** How a report reached the desk (docs/intake.md §1.1). */
export const CHANNEL_OPTIONS = [
  option('visit', '来访', 'Visit'),
  option('phone', '来电', 'Phone'),
  option('letter', '来信', 'Letter'),
  option('online', '网上', 'Online'),
  option('patrol', '巡楼发现', 'Found on patrol'),
];

/**
 * The fields of 《客户诉求记录表》 that every resident report shares: complaints and
 * repair orders both start here.
 */
export const intakeFields = (): FieldDescription[] => [
  numberField(),
  datetime('receivedAt', '受理时间', 'Received at', {
    help: label('默认为现在；补录来信时可改为实际收到的时间', 'Defaults to now; set it when entering a letter late'),
    // The handling clock starts here: never in the future, and after dispatch only by 调整时限.
    notAfterNow: true,
    editableIn: BEFORE_DISPATCH,
  }),
  enumeration('channel', '来源渠道', 'Channel', CHANNEL_OPTIONS, { required: true, default: 'phone' }),
  string('residentName', '住户姓名', 'Resident name', { required: true, maxLength: 50 }),
  phone('residentPhone', '联系电话', 'Phone', {
    pattern: PHONE_PATTERN,
    patternMessage: label('请输入有效的手机或座机号码', 'Enter a valid mobile or landline number'),
  }),
  relation('unit', '房号', 'Unit', 'unit'),
  string('address', '地址（无房号时填写）', 'Address (when no unit)', { maxLength: 200 }),
  text('description', '诉求内容', 'Description', { required: true }),
  relation('department', '责任部门', 'Department', 'department', { writtenBy: ['dispatch'] }),
  relation('assignee', '处理人', 'Assignee', 'user'),
  managed(relation('receivedBy', '受理人', 'Received by', 'user')),
  media('photos', '照片', 'Photos'),
];

/** Step stamps shared by the handling workflow: who did what is in the record's history. */
export const handlingStampFields = (): FieldDescription[] => [
  managed(datetime('dispatchedAt', '派单时间', 'Dispatched at')),
  managed(datetime('acceptedAt', '签收时间', 'Accepted at')),
  managed(datetime('startedAt', '开始处理时间', 'Started at')),
  managed(datetime('resolvedAt', '完成时间', 'Resolved at')),
  managed(datetime('closedAt', '关闭时间', 'Closed at')),
  managed(datetime('voidedAt', '作废时间', 'Voided at')),
];

/** Outcome and lateness fields (docs/deadlines.md §2.6). dueAt is computed by the deadlines plugin. */
export const handlingOutcomeFields = (): FieldDescription[] => [
  text('resolution', '处理结果', 'Resolution', { writtenBy: ['resolve'] }),
  managed(datetime('dueAt', '处理时限', 'Due at')),
  text('lateReason', '延误原因', 'Reason for delay', { maxLength: 1000, afterIntake: true }),
  datetime('customerNotifiedAt', '已告知住户时间', 'Resident informed at', { afterIntake: true }),
  text('voidReason', '作废原因', 'Reason for voiding', { maxLength: 500, writtenBy: ['void'] }),
];

const HANDLING_STATES: WorkflowState[] = [
  { value: 'received', label: label('已登记', 'Received'), tone: 'default' },
  { value: 'dispatched', label: label('已派单', 'Dispatched'), tone: 'processing' },
  { value: 'accepted', label: label('已签收', 'Accepted'), tone: 'processing' },
  { value: 'in_progress', label: label('处理中', 'In progress'), tone: 'processing' },
  { value: 'resolved', label: label('已完成', 'Resolved'), tone: 'success' },
  { value: 'closed', label: label('已关闭', 'Closed'), tone: 'default', final: true },
  { value: 'void', label: label('已作废', 'Void'), tone: 'error', final: true },
];

export const handlingStates = (extra: WorkflowState[] = []): WorkflowState[] => {
  const finals = HANDLING_STATES.filter((s) => s.final);
  return [...HANDLING_STATES.filter((s) => !s.final), ...extra, ...finals];
};

/**
 * 派单 → 签收 → 处理 → 完成 → 关闭. Staff register the department's return of the signed
 * form, so they may resolve too; an enquiry answered at the desk is resolved straight away.
 */
export const handlingActions = ({
  openStates,
  resolveInput,
}: {
  openStates: string[];
  resolveInput: string[];
}): WorkflowAction[] => [
  {
    name: 'dispatch',
    label: label('派单', 'Dispatch'),
    from: ['received', 'dispatched'],
    to: 'dispatched',
    roles: ['staff', 'supervisor', 'administrator'],
    stampAt: 'dispatchedAt',
    input: ['department', 'assignee'],
    requires: ['department'],
  },
  {
    name: 'accept',
    label: label('签收', 'Accept'),
    from: ['dispatched'],
    to: 'accepted',
    roles: ['dept-head', 'supervisor'],
    stampAt: 'acceptedAt',
    input: ['assignee'],
  },
  {
    name: 'start',
    label: label('开始处理', 'Start'),
    from: ['accepted'],
    to: 'in_progress',
    roles: ['dept-head', 'supervisor'],
    stampAt: 'startedAt',
  },
  {
    name: 'resolve',
    label: label('完成', 'Resolve'),
    from: ['received', 'accepted', 'in_progress'],
    to: 'resolved',
    roles: ['staff', 'dept-head', 'supervisor'],
    stampAt: 'resolvedAt',
    input: ['resolution', ...resolveInput],
    requires: ['resolution'],
  },
  {
    name: 'close',
    label: label('关闭', 'Close'),
    from: ['resolved'],
    to: 'closed',
    roles: ['staff', 'supervisor'],
    stampAt: 'closedAt',
    input: ['lateReason'],
  },
  {
    name: 'void',
    label: label('作废', 'Void'),
    from: openStates,
    to: 'void',
    roles: ['staff', 'supervisor', 'administrator'],
    stampAt: 'voidedAt',
    input: ['voidReason'],
    requires: ['voidReason'],
    confirm: true,
  },
];

/** Resident reports: the desk records, the department sees its own, managers see all. */
export const handlingAccess = (): RegisterAccess[] => [
  { role: 'staff', can: ['read', 'create', 'update', 'act'] },
  { role: 'dept-head', can: ['read', 'update', 'act'], scope: 'own-department' },
  { role: 'supervisor', can: ['read', 'create', 'update', 'act'] },
  { role: 'director', can: ['read', 'act'] },
  { role: 'administrator', can: ['read', 'create', 'update', 'act'] },
];

/** Quick search: number, resident, phone, address, and the unit's code through the relation. */
export const INTAKE_SEARCH_FIELDS = ['number', 'residentName', 'residentPhone', 'address', 'unit.code'];
