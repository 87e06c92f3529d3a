import { label } from '../field-builders';
import { countRegister, type CountSubject } from './count';

export const KEY_COUNT_UID = 'api::key-count.key-count';

/** 每日小点、每周大点、每月全盘点 (docs/keys.md §4.4): the keys not lent should all be in the cabinet. */
export const KEY_COUNT_SUBJECT: CountSubject = {
  register: 'key-count',
  itemRegister: 'key',
  presentField: 'state',
  presentValue: 'in_cabinet',
  foundField: 'foundKeys',
  missingField: 'missingKeys',
  itemFields: ['code', 'name', 'cabinetSlot'],
  kinds: [
    { value: 'daily', label: label('每日小点', 'Daily count'), period: 'day' },
    { value: 'weekly', label: label('每周大点', 'Weekly count'), period: 'week' },
    { value: 'monthly', label: label('每月全盘点', 'Monthly full count'), period: 'month' },
  ],
};

export const KEY_COUNT_KIND_OPTIONS = KEY_COUNT_SUBJECT.kinds.map(({ value, label: l }) => ({ value, label: l }));

export const keyCountRegister = countRegister({
  subject: KEY_COUNT_SUBJECT,
  uid: KEY_COUNT_UID,
  pluralName: 'key-counts',
  collectionName: 'key_counts',
  label: label('钥匙盘点', 'Key counts'),
  numberPrefix: 'PD',
  item: { zh: '钥匙', en: 'Keys' },
});
