import { datetime, enumeration, integer, label, managed, numberField, option, relation, text } from '../field-builders';
import type { RegisterDescription } from '../types';
import { ledgerAccess } from './key-loan';

export const KEY_COUNT_UID = 'api::key-count.key-count';

/** 每日小点、每周大点、每月全盘点 (DOMAIN §4). */
export const KEY_COUNT_KIND_OPTIONS = [
  option('daily', '每日小点', 'Daily count'),
  option('weekly', '每周大点', 'Weekly count'),
  option('monthly', '每月全盘点', 'Monthly full count'),
];

export const keyCountRegister: RegisterDescription = {
  key: 'key-count',
  uid: KEY_COUNT_UID,
  singularName: 'key-count',
  pluralName: 'key-counts',
  collectionName: 'key_counts',
  kind: 'record',
  label: label('钥匙盘点', 'Key counts'),
  numberPrefix: 'PD',
  numberDateField: 'countedAt',
  recordedByField: 'counter',
  fields: [
    numberField(),
    enumeration('kind', '盘点类型', 'Kind', KEY_COUNT_KIND_OPTIONS, { required: true, default: 'daily' }),
    datetime('countedAt', '盘点时间', 'Counted at'),
    managed(relation('counter', '盘点人', 'Counted by', 'user')),
    integer('expectedCount', '应在柜数量', 'Keys expected', { required: true, min: 0, max: 100000 }),
    integer('presentCount', '实点数量', 'Keys present', { required: true, min: 0, max: 100000 }),
    relation('missingKeys', '缺失钥匙', 'Missing keys', 'key', { multiple: true }),
    text('notes', '备注', 'Notes', { maxLength: 1000 }),
  ],
  titleField: 'number',
  searchFields: ['number'],
  listFields: ['number', 'kind', 'countedAt', 'counter', 'expectedCount', 'presentCount'],
  defaultSort: { field: 'countedAt', order: 'desc' },
  indexes: [['kind', 'countedAt']],
  access: ledgerAccess(),
};
