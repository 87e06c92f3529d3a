import {
  boolean,
  datetime,
  enumeration,
  integer,
  label,
  managed,
  numberField,
  option,
  phone,
  relation,
  statusField,
  string,
  text,
} from '../field-builders';
import { ROLES } from '../roles';
import type { RegisterAccess, RegisterDescription, WorkflowState } from '../types';

export const CALLBACK_UID = 'api::callback.callback';

/** 回访方式 (docs/callbacks.md §3.2): face to face, phone, written, on site, random. */
export const CALLBACK_METHOD_OPTIONS = [
  option('visit', '上门', 'Face to face'),
  option('phone', '电话', 'Phone'),
  option('written', '书面', 'Written'),
  option('onsite', '现场', 'On site'),
  option('random', '随机', 'Random'),
];

/** 满意度: 不满意 opens a new complaint and reports to the director (docs/callbacks.md §3.2). */
export const SATISFACTION_OPTIONS = [
  option('satisfied', '满意', 'Satisfied'),
  option('basically_satisfied', '基本满意', 'Basically satisfied'),
  option('dissatisfied', '不满意', 'Dissatisfied'),
];

/** Who works the callbacks: reads them and records their steps. */
const CALLBACK_ACCESS: RegisterAccess[] = [
  { role: 'staff', can: ['read', 'act'] },
  { role: 'supervisor', can: ['read', 'act'] },
  { role: 'director', can: ['read'] },
  { role: 'administrator', can: ['read'] },
];

/** Who a rule may name as caller (docs/callbacks.md: the supervisor for complaints, staff for repairs): the roles that work callbacks. */
export const CALLER_ROLE_OPTIONS = ROLES.filter((r) => CALLBACK_ACCESS.some((a) => a.role === r.key && a.can.includes('act'))).map((r) => ({
  value: r.key,
  label: r.label,
}));

const CALLBACK_STATES: WorkflowState[] = [
  { value: 'pending', label: label('待回访', 'To call back'), tone: 'processing' },
  { value: 'done', label: label('已回访', 'Called back'), tone: 'success', final: true },
];

/**
 * 回访记录: one callback task, created by the callbacks plugin when a rule's trigger happens
 * (a record resolved). Everything about the source is copied so the caller has it at hand;
 * nobody creates one by hand.
 */
export const callbackRegister: RegisterDescription = {
  key: 'callback',
  uid: CALLBACK_UID,
  singularName: 'callback',
  pluralName: 'callbacks',
  collectionName: 'callbacks',
  kind: 'record',
  label: label('回访记录', 'Callbacks'),
  numberPrefix: 'HF',
  numberDateField: 'triggeredAt',
  fields: [
    numberField(),
    managed(datetime('triggeredAt', '触发时间', 'Triggered at')),
    managed(string('sourceRegister', '原记录类型', 'Source register', { maxLength: 60 })),
    managed(string('sourceId', '原记录ID', 'Source record id', { maxLength: 64 })),
    managed(string('sourceNumber', '原记录编号', 'Source number', { maxLength: 40 })),
    managed(string('rule', '回访规则', 'Callback rule', { maxLength: 100 })),
    managed(integer('ruleId', '规则序号', 'Rule id')),
    managed(string('residentName', '住户姓名', 'Resident name', { maxLength: 50 })),
    managed(phone('residentPhone', '联系电话', 'Phone', { maxLength: 30 })),
    managed(relation('unit', '房号', 'Unit', 'unit')),
    managed(string('address', '地址', 'Address', { maxLength: 200 })),
    managed(relation('department', '责任部门', 'Department', 'department')),
    managed(enumeration('callerRole', '回访人岗位', 'Caller role', CALLER_ROLE_OPTIONS)),
    managed(datetime('dueAt', '回访时限', 'Call back by')),
    managed(text('selection', '抽样说明', 'Why chosen', { maxLength: 500 })),
    statusField(CALLBACK_STATES),
    enumeration('method', '回访方式', 'Method', CALLBACK_METHOD_OPTIONS, { writtenBy: ['record', 'unreachable'] }),
    enumeration('satisfaction', '满意度', 'Satisfaction', SATISFACTION_OPTIONS, { writtenBy: ['record'] }),
    integer('score', '评分（1–5）', 'Score (1–5)', { min: 1, max: 5, writtenBy: ['record'] }),
    text('comments', '住户意见', "Resident's comments", { maxLength: 1000, writtenBy: ['record', 'unreachable'] }),
    text('suggestions', '住户建议', "Resident's suggestions", { maxLength: 1000, writtenBy: ['record'] }),
    managed(boolean('reached', '已联系上', 'Reached')),
    managed(integer('attempts', '回访次数', 'Attempts')),
    managed(datetime('lastAttemptAt', '最近回访时间', 'Last attempt at')),
    managed(datetime('doneAt', '回访完成时间', 'Called back at')),
    managed(relation('calledBy', '回访人', 'Called by', 'user')),
    managed(relation('followUp', '不满意转诉求', 'Follow-up complaint', 'complaint')),
  ],
  workflow: {
    field: 'status',
    initial: 'pending',
    states: CALLBACK_STATES,
    actions: [
      {
        name: 'record',
        label: label('登记回访', 'Record callback'),
        from: ['pending'],
        to: 'done',
        roles: ['staff', 'supervisor'],
        stampAt: 'doneAt',
        stampBy: 'calledBy',
        input: ['method', 'satisfaction', 'score', 'comments', 'suggestions'],
        requires: ['method', 'satisfaction'],
      },
      {
        // 未联系上: stays pending, the attempt is counted; call again later.
        name: 'unreachable',
        label: label('未联系上', 'Not reached'),
        from: ['pending'],
        to: 'pending',
        roles: ['staff', 'supervisor'],
        stampAt: 'lastAttemptAt',
        input: ['method', 'comments'],
        requires: ['method'],
      },
    ],
  },
  titleField: 'number',
  searchFields: ['number', 'sourceNumber', 'residentName', 'residentPhone'],
  listFields: [
    'number',
    'sourceNumber',
    'residentName',
    'residentPhone',
    'callerRole',
    'status',
    'dueAt',
    'attempts',
    'satisfaction',
  ],
  defaultSort: { field: 'dueAt', order: 'asc' },
  indexes: [['status', 'dueAt'], ['sourceRegister', 'sourceId'], ['triggeredAt']],
  access: CALLBACK_ACCESS,
};
