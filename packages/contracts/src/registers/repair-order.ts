import {
  boolean,
  datetime,
  decimal,
  enumeration,
  label,
  managed,
  media,
  money,
  option,
  statusField,
  string,
  text,
} from '../field-builders';
import type { RegisterDescription } from '../types';
import { agreedDeadline, BEFORE_DISPATCH, deadlineReasonField, reviseDeadlineAction } from './deadline-actions';
import {
  handlingAccess,
  handlingActions,
  handlingOutcomeFields,
  handlingStampFields,
  handlingStates,
  intakeFields,
  INTAKE_SEARCH_FIELDS,
} from './intake';

export const REPAIR_ORDER_UID = 'api::repair-order.repair-order';

/** Repair deadlines depend on urgency (docs/deadlines.md §2.3): 2 h / 24 h / 1 week / set by the manager. */
export const URGENCY_OPTIONS = [
  option('urgent', '简单/紧急', 'Simple or urgent'),
  option('general', '一般', 'General'),
  option('major', '大', 'Major'),
  option('critical', '重大', 'Very major'),
];

export const REPAIR_CATEGORY_OPTIONS = [
  option('plumbing', '给排水', 'Plumbing'),
  option('electrical', '电气', 'Electrical'),
  option('doors_windows', '门窗', 'Doors and windows'),
  option('walls', '墙地面', 'Walls and floors'),
  option('lift', '电梯', 'Lift'),
  option('public_facility', '公共设施', 'Common facilities'),
  option('other', '其他', 'Other'),
];

/** Why a repair waits: its deadline clock stops meanwhile (deadlines plugin). */
export const PAUSE_REASON_OPTIONS = [
  option('resident_absent', '住户不在家', 'Nobody home'),
  option('waiting_parts', '等待配件', 'Waiting for parts'),
  option('other', '其他', 'Other'),
];

const PAUSED = { value: 'paused', label: label('暂停', 'Paused'), tone: 'warning' as const };
const OPEN_STATES = ['received', 'dispatched', 'accepted', 'in_progress', 'paused'];
const AFTER_DISPATCH = OPEN_STATES.filter((s) => !BEFORE_DISPATCH.includes(s));

/** 重大报修 is reported up and the manager sets its deadline (DOMAIN §2): 经理定时限. */
const MANAGER_SET = agreedDeadline({
  name: 'setManagerDeadline',
  actionLabel: label('经理定时限', 'Set deadline (manager)'),
  dueField: datetime('managerDueAt', '经理确定的时限', 'Deadline set by the manager'),
  byField: string('managerDueSetBy', '时限确定人', 'Deadline set by', { maxLength: 50 }),
  from: OPEN_STATES,
  roles: ['supervisor', 'director'],
  onlyWhen: { field: 'urgency', values: ['critical'] },
});

export const repairOrderRegister: RegisterDescription = {
  key: 'repair-order',
  uid: REPAIR_ORDER_UID,
  singularName: 'repair-order',
  pluralName: 'repair-orders',
  collectionName: 'repair_orders',
  kind: 'record',
  label: label('工程服务单', 'Repair orders'),
  numberPrefix: 'BX',
  numberDateField: 'receivedAt',
  recordedByField: 'receivedBy',
  fields: [
    ...intakeFields(),
    string('location', '维修位置', 'Location', { maxLength: 200 }),
    enumeration('category', '维修类别', 'Category', REPAIR_CATEGORY_OPTIONS),
    enumeration('urgency', '紧急程度', 'Urgency', URGENCY_OPTIONS, { required: true, default: 'general', editableIn: BEFORE_DISPATCH }),
    statusField(handlingStates([PAUSED])),
    ...handlingStampFields(),
    managed(datetime('pausedAt', '暂停时间', 'Paused at')),
    enumeration('pauseReason', '暂停原因', 'Reason for pause', PAUSE_REASON_OPTIONS, { writtenBy: ['pause'] }),
    ...handlingOutcomeFields(),
    ...MANAGER_SET.fields,
    deadlineReasonField(MANAGER_SET.action.name),
    string('technician', '维修人员', 'Technician', { maxLength: 50 }),
    text('materials', '所用材料', 'Materials', { maxLength: 1000 }),
    decimal('labourHours', '工时（小时）', 'Labour (hours)', { min: 0, max: 1000 }),
    money('fee', '收费金额（元）', 'Fee (CNY)'),
    boolean('residentConfirmed', '住户确认完成', 'Confirmed by resident', { default: false }),
    datetime('confirmedAt', '确认时间', 'Confirmed at'),
    media('beforePhotos', '维修前照片', 'Photos before'),
    media('afterPhotos', '维修后照片', 'Photos after'),
  ],
  workflow: {
    field: 'status',
    initial: 'received',
    states: handlingStates([PAUSED]),
    actions: [
      ...handlingActions({ openStates: OPEN_STATES, resolveInput: ['technician', 'materials', 'labourHours', 'fee'] }),
      {
        name: 'pause',
        label: label('暂停', 'Pause'),
        from: ['accepted', 'in_progress'],
        to: 'paused',
        roles: ['staff', 'dept-head', 'supervisor'],
        stampAt: 'pausedAt',
        input: ['pauseReason'],
        requires: ['pauseReason'],
      },
      {
        name: 'resume',
        label: label('恢复处理', 'Resume'),
        from: ['paused'],
        to: 'in_progress',
        roles: ['staff', 'dept-head', 'supervisor'],
      },
      reviseDeadlineAction({ from: AFTER_DISPATCH, basis: 'urgency' }),
      MANAGER_SET.action,
    ],
  },
  titleField: 'number',
  searchFields: [...INTAKE_SEARCH_FIELDS, 'location'],
  listFields: [
    'number',
    'receivedAt',
    'residentName',
    'residentPhone',
    'unit',
    'location',
    'urgency',
    'department',
    'status',
    'dueAt',
  ],
  defaultSort: { field: 'receivedAt', order: 'desc' },
  oneOf: [['unit', 'address']],
  indexes: [['status', 'dueAt'], ['residentPhone'], ['receivedAt']],
  access: handlingAccess(),
};
