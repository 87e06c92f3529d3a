import { decimal, label, phone, string } from '../field-builders';
import { PHONE_PATTERN } from '../patterns';
import type { RegisterDescription } from '../types';
import { referenceAccess } from './reference';

export const UNIT_UID = 'api::unit.unit';

/** A dwelling: 楼栋 / 单元 / 房号. */
export const unitRegister: RegisterDescription = {
  key: 'unit',
  uid: UNIT_UID,
  singularName: 'unit',
  pluralName: 'units',
  collectionName: 'units',
  kind: 'reference',
  label: label('房屋', 'Units'),
  fields: [
    string('code', '房屋编号', 'Unit code', {
      required: true,
      unique: true,
      maxLength: 30,
      help: label('楼栋-单元-房号，如 3-2-1201', 'Building-entrance-room, e.g. 3-2-1201'),
    }),
    string('building', '楼栋', 'Building', { required: true, maxLength: 20 }),
    string('entrance', '单元', 'Entrance', { maxLength: 20 }),
    string('room', '房号', 'Room', { required: true, maxLength: 20 }),
    string('ownerName', '业主姓名', 'Owner', { maxLength: 50 }),
    phone('ownerPhone', '业主电话', 'Owner phone', { pattern: PHONE_PATTERN }),
    decimal('area', '建筑面积（㎡）', 'Floor area (m²)', { min: 0, max: 100000 }),
  ],
  titleField: 'code',
  searchFields: ['code', 'ownerName', 'ownerPhone', 'room'],
  listFields: ['code', 'building', 'entrance', 'room', 'ownerName', 'ownerPhone'],
  defaultSort: { field: 'code', order: 'asc' },
  indexes: [['ownerPhone'], ['building', 'room']],
  access: referenceAccess(),
};
