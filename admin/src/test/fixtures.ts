import {
  BUILT_IN_REGISTERS,
  label,
  type Permission,
  type RegisterDescription,
} from '@wuyedesk/contracts';
import type { PermittedRegister } from '../providers/session';

export const permitted = (register: RegisterDescription, permissions: Permission[]): PermittedRegister => ({
  ...register,
  permissions,
});

export const builtIn = (pluralName: string): RegisterDescription => {
  const register = BUILT_IN_REGISTERS.find((r) => r.pluralName === pluralName);
  if (!register) throw new Error(`no built-in register ${pluralName}`);
  return register;
};

/** A form type an administrator added at run time: not among the built-ins. */
export const visitorLog: RegisterDescription = {
  key: 'visitor-log',
  uid: 'forms::visitor-log',
  singularName: 'visitor-log',
  pluralName: 'visitor-logs',
  collectionName: 'visitor_logs',
  kind: 'record',
  label: label('访客登记', 'Visitor log'),
  fields: [],
  titleField: 'id',
  searchFields: [],
  listFields: [],
  defaultSort: { field: 'createdAt', order: 'desc' },
  indexes: [],
  access: [],
};
