/** The answer of `GET /api/deadlines/overdue`: overdue work per department (超时工单). */
export interface OverdueDepartmentRef {
  documentId: string;
  name: string;
}

export interface OverdueDepartment {
  /** null: not dispatched yet. */
  department: OverdueDepartmentRef | null;
  count: number;
  oldestDueAt: string;
}

export interface OverdueRecord {
  register: string;
  documentId: string;
  number: string;
  dueAt: string;
  overdueMinutes: number;
  department: OverdueDepartmentRef | null;
  status: string | null;
}

export interface OverdueList {
  departments: OverdueDepartment[];
  records: OverdueRecord[];
}
