import { datetime, enumeration, integer, json, label, managed, option, string, text } from '../field-builders';
import type { EnumOption, RegisterDescription } from '../types';
import { CONFIDENTIALITY_OPTIONS } from './archive';

/** The records core's history table (wd_record_steps), served read-only as the audit log. */
export const RECORD_STEP_UID = 'plugin::records.step';

/** Steps every register has, besides its workflow's actions. */
const GENERIC_ACTIONS: EnumOption[] = [
  option('create', '登记', 'Recorded'),
  option('update', '修改', 'Edited'),
  option('escalate', '超时升级', 'Escalated'),
  option('deadline-warning', '到期提醒', 'Deadline warning'),
  option('deadline-changed', '时限变更', 'Deadline changed'),
];

const actionOptions = (registers: readonly RegisterDescription[]): EnumOption[] => {
  const options = new Map(GENERIC_ACTIONS.map((o) => [o.value, o]));
  for (const action of registers.flatMap((r) => r.workflow?.actions ?? [])) {
    if (!options.has(action.name)) options.set(action.name, { value: action.name, label: action.label });
  }
  return [...options.values()];
};

/**
 * 审计日志: every write to every register — who, when, which step, and each field's change
 * from → to (a new record: its initial values). Written only by the records service in the
 * transaction of the change; there is no route that creates, edits or deletes a row, and the
 * database layer refuses updates and deletes from anywhere else (the Strapi admin included).
 * Readable by the director and the administrator; steps about confidential archives keep the
 * archive's confidentiality, so they stay hidden from roles without clearance here too.
 */
export const auditLogRegister = (registers: readonly RegisterDescription[]): RegisterDescription => ({
  key: 'record-step',
  uid: RECORD_STEP_UID,
  singularName: 'step',
  pluralName: 'record-steps',
  collectionName: 'wd_record_steps',
  kind: 'record',
  label: label('审计日志', 'Audit log'),
  readOnly: true,
  fields: [
    managed(datetime('at', '时间', 'At')),
    managed(
      enumeration(
        'register',
        '登记簿',
        'Register',
        registers.map((r) => ({ value: r.key, label: r.label })),
      ),
    ),
    managed(string('number', '编号', 'Number', { maxLength: 40 })),
    managed(string('recordId', '记录标识', 'Record id', { maxLength: 64 })),
    managed(enumeration('action', '操作', 'Action', actionOptions(registers))),
    managed(string('fromStatus', '原状态', 'From state')),
    managed(string('toStatus', '新状态', 'To state')),
    managed(string('actorName', '操作人', 'By')),
    managed(integer('actorId', '操作人ID', 'By (id)')),
    managed(text('note', '备注', 'Note')),
    managed(json('changes', '字段变更', 'Field changes')),
    managed(enumeration('confidentiality', '密级', 'Confidentiality', CONFIDENTIALITY_OPTIONS, { default: 'normal' })),
  ],
  titleField: 'number',
  searchFields: ['number', 'actorName', 'recordId'],
  listFields: ['at', 'register', 'number', 'action', 'actorName', 'note'],
  defaultSort: { field: 'at', order: 'desc' },
  indexes: [['at'], ['actorId', 'at']],
  access: [
    { role: 'director', can: ['read'] },
    { role: 'administrator', can: ['read'] },
  ],
  confidential: { field: 'confidentiality', values: ['confidential'] },
});
