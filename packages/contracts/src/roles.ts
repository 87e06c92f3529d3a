import { label } from './field-builders';
import type { Label, RoleKey } from './types';

export interface RoleDescription {
  key: RoleKey;
  label: Label;
  description: Label;
}

export const ROLES: readonly RoleDescription[] = [
  { key: 'staff', label: label('客服助理', 'Front desk'), description: label('前台接待、登记与派单', 'Records and dispatches reports') },
  { key: 'dept-head', label: label('部门负责人', 'Department head'), description: label('签收并处理本部门工单', "Accepts and handles their department's work") },
  { key: 'supervisor', label: label('客服主管', 'Customer-service supervisor'), description: label('处理升级、回访与审批', 'Handles escalations, callbacks and approvals') },
  { key: 'director', label: label('服务中心主任', 'Service-centre director'), description: label('查看全部数据与统计', 'Sees all records and statistics') },
  { key: 'administrator', label: label('系统管理员', 'Administrator'), description: label('维护基础资料与表单', 'Maintains reference data and forms') },
];

export const ROLE_KEYS: readonly RoleKey[] = ROLES.map((r) => r.key);

export const isRoleKey = (value: unknown): value is RoleKey =>
  typeof value === 'string' && (ROLE_KEYS as readonly string[]).includes(value);
