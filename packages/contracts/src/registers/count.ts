import type { CountPeriod } from '../count-periods';
import { datetime, enumeration, integer, json, label, managed, numberField, relation, statusField, string, text } from '../field-builders';
import type { EnumOption, Label, RegisterAccess, RegisterDescription } from '../types';
import { ledgerAccess } from './key-loan';

/** A kind of count (每日小点…) and the period it covers; one scheduled count per kind and period. */
export interface CountKind extends EnumOption {
  period: CountPeriod;
}

/**
 * What a count register counts: the items of `itemRegister` whose `presentField` is
 * `presentValue` should be in the cabinet (keys not lent, archives not on loan). The counter ticks
 * them off in `foundField`; the rest are stored in `missingField`.
 */
export interface CountSubject {
  register: string;
  itemRegister: string;
  presentField: string;
  presentValue: string;
  foundField: string;
  missingField: string;
  /** Fields of an item kept in the count's snapshot and shown on the count page. */
  itemFields: string[];
  kinds: CountKind[];
}

export const COUNT_STATES = [
  { value: 'due', label: label('待盘点', 'To be counted'), tone: 'warning' as const },
  { value: 'counted', label: label('已盘点', 'Counted'), tone: 'success' as const, final: true },
];

/**
 * One description for every cabinet count (keys, archives): scheduled ahead with a due time, done
 * by one `complete` step that takes the items found; the server works out what was expected and
 * what is missing, in the same transaction.
 */
export const countRegister = (input: {
  subject: CountSubject;
  uid: string;
  pluralName: string;
  collectionName: string;
  label: Label;
  numberPrefix: string;
  item: { zh: string; en: string };
  /** Who reads and does this count (default: the key ledger's roles). */
  access?: RegisterAccess[];
}): RegisterDescription => {
  const { subject, item } = input;
  return {
    key: subject.register,
    uid: input.uid,
    singularName: subject.register,
    pluralName: input.pluralName,
    collectionName: input.collectionName,
    kind: 'record',
    label: input.label,
    numberPrefix: input.numberPrefix,
    numberDateField: 'periodStart',
    fields: [
      numberField(),
      enumeration('kind', '盘点类型', 'Kind', subject.kinds.map(({ value, label: l }) => ({ value, label: l })), {
        required: true,
        default: subject.kinds[0].value,
      }),
      managed(string('period', '盘点周期', 'Period', { maxLength: 20 })),
      // kind:period of a scheduled count; unique, so two instances cannot schedule it twice.
      managed(string('slot', '计划编号', 'Schedule slot', { unique: true, maxLength: 40 })),
      managed(datetime('periodStart', '周期开始', 'Period starts')),
      managed(datetime('dueAt', '应完成时间', 'Due by')),
      managed(datetime('countedAt', '盘点时间', 'Counted at')),
      managed(relation('counter', '盘点人', 'Counted by', 'user')),
      relation(subject.foundField, `已清点${item.zh}`, `${item.en} found`, subject.itemRegister, {
        multiple: true,
        writtenBy: ['complete'],
      }),
      managed(integer('expectedCount', `应在${item.zh}数量`, `${item.en} expected`, { min: 0 })),
      managed(integer('presentCount', '实点数量', `${item.en} present`, { min: 0 })),
      managed(relation(subject.missingField, `缺失${item.zh}`, `Missing ${item.en.toLowerCase()}`, subject.itemRegister, { multiple: true })),
      managed(json('expectedItems', '应在清单', 'Expected items')),
      text('notes', '备注', 'Notes', { maxLength: 1000 }),
      statusField(COUNT_STATES),
    ],
    workflow: {
      field: 'status',
      initial: 'due',
      states: COUNT_STATES,
      actions: [
        {
          name: 'complete',
          label: label('完成盘点', 'Finish count'),
          from: ['due'],
          to: 'counted',
          roles: (input.access ?? ledgerAccess()).filter((a) => a.can.includes('act')).map((a) => a.role),
          stampAt: 'countedAt',
          stampBy: 'counter',
          input: [subject.foundField, 'notes'],
        },
      ],
    },
    titleField: 'number',
    searchFields: ['number', 'period'],
    listFields: ['number', 'kind', 'period', 'dueAt', 'status', 'countedAt', 'counter', 'expectedCount', 'presentCount'],
    defaultSort: { field: 'periodStart', order: 'desc' },
    indexes: [['status', 'dueAt'], ['kind', 'periodStart']],
    access: input.access ?? ledgerAccess(),
  };
};
