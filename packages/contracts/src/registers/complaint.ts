import { datetime, enumeration, label, managed, option, relation, statusField, string } from '../field-builders';
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

export const COMPLAINT_UID = 'api::complaint.complaint';

/** 报事分类 (docs/intake.md §1.2); repairs have their own register. */
export const COMPLAINT_KIND_OPTIONS = [
  option('complaint', '投诉', 'Complaint'),
  option('enquiry', '咨询', 'Enquiry'),
  option('suggestion', '建议', 'Suggestion'),
  option('help', '求助', 'Request for help'),
  option('paperwork', '办理手续', 'Paperwork'),
  option('emergency', '突发事件', 'Emergency'),
];

export const COMPLAINT_CATEGORY_OPTIONS = [
  option('engineering', '工程维修', 'Engineering'),
  option('security', '安全秩序', 'Security'),
  option('cleaning', '环境卫生', 'Cleaning'),
  option('greening', '绿化养护', 'Landscaping'),
  option('parking', '停车管理', 'Parking'),
  option('charges', '收费问题', 'Charges'),
  option('noise', '噪音扰民', 'Noise'),
  option('service', '服务态度', 'Service manner'),
  option('other', '其他', 'Other'),
];

/** Handling deadline depends on complexity (docs/deadlines.md §2.2): 30 min / 3 h / 3 days / agreed. */
export const COMPLEXITY_OPTIONS = [
  option('general', '一般', 'General'),
  option('fairly_complex', '较复杂', 'Fairly complex'),
  option('complex', '复杂', 'Complex'),
  option('very_complex', '特别复杂', 'Very complex'),
];

/** 投诉原因, for the yearly 投诉统计表. */
export const COMPLAINT_CAUSE_OPTIONS = [
  option('facility', '设施设备', 'Facilities'),
  option('service_quality', '服务质量', 'Service quality'),
  option('delay', '处理不及时', 'Slow handling'),
  option('charges', '收费争议', 'Charges dispute'),
  option('neighbour', '邻里纠纷', 'Neighbour dispute'),
  option('management', '管理规定', 'Management rules'),
  option('other', '其他', 'Other'),
];

const OPEN_STATES = ['received', 'dispatched', 'accepted', 'in_progress'];
const VERY_COMPLEX = { field: 'complexity', values: ['very_complex'] };
const AFTER_DISPATCH = OPEN_STATES.filter((s) => !BEFORE_DISPATCH.includes(s));

/** 特别复杂: the deadline agreed with the resident (DOMAIN §2), recorded by the supervisor (约定时限). */
const AGREED = agreedDeadline({
  name: 'agreeDeadline',
  actionLabel: label('约定时限', 'Agree deadline'),
  // Only 特别复杂 complaints run on a deadline agreed with the resident: otherwise not asked, not kept.
  dueField: datetime('agreedDueAt', '与住户约定的时限', 'Deadline agreed with the resident', { showWhen: VERY_COMPLEX }),
  byField: string('agreedWith', '约定人', 'Agreed with', { maxLength: 50, showWhen: VERY_COMPLEX }),
  from: OPEN_STATES,
  roles: ['supervisor'],
  onlyWhen: VERY_COMPLEX,
});

export const complaintRegister: RegisterDescription = {
  key: 'complaint',
  uid: COMPLAINT_UID,
  singularName: 'complaint',
  pluralName: 'complaints',
  collectionName: 'complaints',
  kind: 'record',
  label: label('客户诉求', 'Complaints'),
  numberPrefix: 'TS',
  numberDateField: 'receivedAt',
  recordedByField: 'receivedBy',
  fields: [
    ...intakeFields(),
    enumeration('kind', '诉求类型', 'Kind', COMPLAINT_KIND_OPTIONS, { required: true, default: 'complaint' }),
    enumeration('category', '类别', 'Category', COMPLAINT_CATEGORY_OPTIONS),
    enumeration('complexity', '复杂程度', 'Complexity', COMPLEXITY_OPTIONS, { required: true, default: 'general', editableIn: BEFORE_DISPATCH }),
    enumeration('cause', '投诉原因', 'Cause', COMPLAINT_CAUSE_OPTIONS, { writtenBy: ['resolve'] }),
    statusField(handlingStates()),
    ...handlingStampFields(),
    ...handlingOutcomeFields(),
    ...AGREED.fields,
    deadlineReasonField(AGREED.action.name),
    relation('reopenedFrom', '原诉求', 'Reopened from', 'complaint', { afterIntake: true }),
    // 回访不满意 reopens as a new complaint: the callback names the record it was about (a repair too).
    managed(relation('fromCallback', '来源回访', 'From callback', 'callback')),
  ],
  workflow: {
    field: 'status',
    initial: 'received',
    states: handlingStates(),
    actions: [
      ...handlingActions({ openStates: OPEN_STATES, resolveInput: ['cause'] }),
      reviseDeadlineAction({ from: AFTER_DISPATCH, basis: 'complexity' }),
      AGREED.action,
    ],
  },
  titleField: 'number',
  searchFields: INTAKE_SEARCH_FIELDS,
  listFields: [
    'number',
    'receivedAt',
    'kind',
    'residentName',
    'residentPhone',
    'unit',
    'complexity',
    'department',
    'status',
    'dueAt',
  ],
  defaultSort: { field: 'receivedAt', order: 'desc' },
  oneOf: [['unit', 'address']],
  indexes: [['status', 'dueAt'], ['residentPhone'], ['receivedAt']],
  access: handlingAccess(),
};
