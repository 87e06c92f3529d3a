import type {
  OverdueDepartment,
  OverdueDepartmentRef,
  OverdueList,
  OverdueRecord,
  RegisterDescription,
} from '@wuyedesk/contracts';

export type { OverdueDepartment, OverdueDepartmentRef, OverdueList, OverdueRecord };

/** The filter value of “no department” (not dispatched yet). */
export const NO_DEPARTMENT = '-';
export const OVERDUE_LIMIT = 200;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const isDepartmentRef = (value: unknown): value is OverdueDepartmentRef | null =>
  value === null || (isObject(value) && typeof value.documentId === 'string' && typeof value.name === 'string');

const isDepartment = (value: unknown): value is OverdueDepartment =>
  isObject(value) && isDepartmentRef(value.department) && typeof value.count === 'number' && typeof value.oldestDueAt === 'string';

const isRecord = (value: unknown): value is OverdueRecord =>
  isObject(value) &&
  typeof value.register === 'string' &&
  typeof value.documentId === 'string' &&
  typeof value.number === 'string' &&
  typeof value.dueAt === 'string' &&
  typeof value.overdueMinutes === 'number' &&
  isDepartmentRef(value.department);

/** Whatever arrived, as a list (rows of an unexpected shape are left out). */
export const parseOverdue = (value: unknown): OverdueList => {
  if (!isObject(value)) return { departments: [], records: [] };
  return {
    departments: Array.isArray(value.departments) ? value.departments.filter(isDepartment) : [],
    records: Array.isArray(value.records) ? value.records.filter(isRecord) : [],
  };
};

export const departmentKey = (department: OverdueDepartmentRef | null): string => department?.documentId ?? NO_DEPARTMENT;

/** The records of one department (null: all of them). */
export const recordsOf = (records: readonly OverdueRecord[], department: string | null): OverdueRecord[] =>
  department === null ? [...records] : records.filter((r) => departmentKey(r.department) === department);

/** Registers whose open records have a handling deadline: the ones the page offers. */
export const hasDeadlines = (register: RegisterDescription): boolean =>
  !!register.workflow && register.fields.some((f) => f.name === 'dueAt');
