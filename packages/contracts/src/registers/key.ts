import { enumeration, label, managed, option, relation, string, text } from '../field-builders';
import { CODE_PATTERN } from '../patterns';
import type { RegisterDescription } from '../types';
import { referenceAccess } from './reference';

export const KEY_UID = 'api::key.key';

export const KEY_TYPE_OPTIONS = [
  option('unit_door', '户门钥匙', 'Unit door'),
  option('mailbox', '信报箱', 'Mailbox'),
  option('equipment_room', '设备房', 'Equipment room'),
  option('common_area', '公共区域', 'Common area'),
  option('other', '其他', 'Other'),
];

/** Where a key is now; changed only by key loans, counts and loss reports. */
export const KEY_STATE_OPTIONS = [
  option('in_cabinet', '在柜', 'In the cabinet'),
  option('lent', '借出', 'Lent'),
  option('lost', '遗失', 'Lost'),
  option('retired', '停用', 'Retired'),
];

export const keyRegister: RegisterDescription = {
  key: 'key',
  uid: KEY_UID,
  singularName: 'key',
  pluralName: 'keys',
  collectionName: 'keys',
  kind: 'reference',
  label: label('钥匙', 'Keys'),
  fields: [
    string('code', '钥匙编号', 'Key code', {
      required: true,
      unique: true,
      maxLength: 30,
      pattern: CODE_PATTERN,
      patternMessage: label('只能包含大写字母、数字和短横线', 'Upper-case letters, digits and dashes only'),
    }),
    string('name', '钥匙名称', 'Name', { required: true, maxLength: 100 }),
    enumeration('keyType', '钥匙类型', 'Type', KEY_TYPE_OPTIONS, { required: true, default: 'unit_door' }),
    relation('unit', '所属房屋', 'Unit', 'unit'),
    string('cabinetSlot', '柜位', 'Cabinet slot', { required: true, maxLength: 20 }),
    managed(enumeration('state', '状态', 'State', KEY_STATE_OPTIONS, { default: 'in_cabinet' })),
    text('notes', '备注', 'Notes', { maxLength: 500 }),
  ],
  titleField: 'code',
  searchFields: ['code', 'name', 'cabinetSlot'],
  listFields: ['code', 'name', 'keyType', 'unit', 'cabinetSlot', 'state'],
  defaultSort: { field: 'code', order: 'asc' },
  indexes: [['state']],
  access: referenceAccess(),
};
