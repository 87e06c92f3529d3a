import type { RegisterDescription } from './types';

/**
 * A register whose records belong to a department (a `department` relation to the departments)
 * also stores that department's id in a column of its own, for the department scope's index
 * (plugins/records, services/department-key.ts). Never in an API answer, never written by a client.
 */
export const DEPARTMENT_KEY = 'departmentKey';

export const hasDepartmentKey = (register: Pick<RegisterDescription, 'fields'>): boolean =>
  register.fields.some((f) => f.name === 'department' && f.type === 'relation' && f.target === 'department');
