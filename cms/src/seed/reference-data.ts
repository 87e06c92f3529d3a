import type { Core, UID } from '@strapi/strapi';
import { ARCHIVE_UID, DEPARTMENT_UID, KEY_UID, UNIT_UID } from '@wuyedesk/contracts';
import { mobile, personName, type Random } from './random';

export const DEPARTMENTS = [
  { code: 'KF', name: '客服部', head: '张主管', email: 'kf@wuyedesk.local', phone: '021-55550001' },
  { code: 'GC', name: '工程部', head: '李工', email: 'gc@wuyedesk.local', phone: '021-55550002' },
  { code: 'AG', name: '安管部', head: '赵队长', email: 'ag@wuyedesk.local', phone: '021-55550003' },
  { code: 'BJ', name: '保洁部', head: '孙主管', email: 'bj@wuyedesk.local', phone: '021-55550004' },
  { code: 'LH', name: '绿化部', head: '周师傅', email: 'lh@wuyedesk.local', phone: '021-55550005' },
];

export interface SeededReference {
  departments: Record<string, string>;
  units: Array<{ documentId: string; code: string; ownerName: string; ownerPhone: string }>;
  keys: string[];
  archives: string[];
}

const create = async (strapi: Core.Strapi, uid: string, data: Record<string, unknown>) =>
  (await strapi.documents(uid as UID.CollectionType).create({ data: data as never })) as { documentId: string };

/** Departments, six buildings of units, the key cabinet and the archive room of a small estate. */
export const seedReference = async (strapi: Core.Strapi, random: Random): Promise<SeededReference> => {
  const departments: Record<string, string> = {};
  for (const d of DEPARTMENTS) departments[d.code] = (await create(strapi, DEPARTMENT_UID, d)).documentId;

  const units: SeededReference['units'] = [];
  for (let building = 1; building <= 6; building++) {
    for (let entrance = 1; entrance <= 2; entrance++) {
      for (let floor = 1; floor <= 18; floor++) {
        for (let door = 1; door <= 2; door++) {
          const room = `${floor}${String(door).padStart(2, '0')}`;
          const code = `${building}-${entrance}-${room}`;
          const ownerName = personName(random);
          const ownerPhone = mobile(random);
          const { documentId } = await create(strapi, UNIT_UID, {
            code, building: `${building}栋`, entrance: `${entrance}单元`, room, ownerName, ownerPhone, area: random.int(60, 160),
          });
          units.push({ documentId, code, ownerName, ownerPhone });
        }
      }
    }
  }

  const keys: string[] = [];
  for (let i = 0; i < 40; i++) {
    const unit = units[i * 9];
    keys.push((await create(strapi, KEY_UID, {
      code: `K-${unit.code}`, name: `${unit.code} 户门钥匙`, keyType: 'unit_door', unit: unit.documentId,
      cabinetSlot: `A${String(i + 1).padStart(2, '0')}`,
    })).documentId);
  }
  const rooms = ['配电房', '水泵房', '消防控制室', '电梯机房', '天台', '地下车库设备间', '垃圾房', '会所'];
  for (const [i, name] of rooms.entries()) {
    keys.push((await create(strapi, KEY_UID, {
      code: `K-EQ-${String(i + 1).padStart(2, '0')}`, name: `${name}钥匙`,
      keyType: name === '天台' || name === '会所' ? 'common_area' : 'equipment_room', cabinetSlot: `B${String(i + 1).padStart(2, '0')}`,
    })).documentId);
  }

  const archives: string[] = [];
  for (let i = 0; i < 30; i++) {
    const unit = units[i * 13];
    archives.push((await create(strapi, ARCHIVE_UID, {
      code: `DA-YZ-${String(i + 1).padStart(3, '0')}`, title: `${unit.code} 业主档案（${unit.ownerName}）`, kind: 'owner',
      confidentiality: i % 5 === 0 ? 'confidential' : 'normal', location: `档案室 ${1 + (i % 4)} 号柜`, unit: unit.documentId,
    })).documentId);
  }
  const engineering = ['给排水竣工图', '强电系统图', '消防系统验收资料', '电梯维保合同', '保洁外包合同', '监控系统设计图'];
  for (const [i, title] of engineering.entries()) {
    archives.push((await create(strapi, ARCHIVE_UID, {
      code: `DA-GC-${String(i + 1).padStart(3, '0')}`, title, kind: title.includes('合同') ? 'contract' : 'engineering',
      confidentiality: title.includes('合同') ? 'confidential' : 'normal', location: '档案室 5 号柜',
    })).documentId);
  }
  return { departments, units, keys, archives };
};
