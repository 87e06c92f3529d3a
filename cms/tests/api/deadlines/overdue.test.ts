import { anonymous, as, departmentByCode } from '../../helpers/api';
import { newComplaint } from '../../helpers/deadlines';

const HOUR = 3_600_000;

interface Overdue {
  departments: Array<{ department: { documentId: string; name: string } | null; count: number; oldestDueAt: string }>;
  records: Array<{ register: string; documentId: string; number: string; dueAt: string; overdueMinutes: number; department: { name: string } | null; status: string }>;
}

/** A general complaint received two hours ago (due after 30 minutes), dispatched to a department. */
const overdueComplaint = async (departmentCode: string) => {
  const department = await departmentByCode(departmentCode);
  const complaint = await newComplaint({ complexity: 'general', receivedAt: new Date(Date.now() - 2 * HOUR).toISOString() });
  const dispatched = await as('staff').post(`/api/complaints/${complaint.documentId}/actions/dispatch`, { data: { department: department.documentId } });
  expect(dispatched.status).toBe(200);
  return complaint;
};

const overdueAs = async (user: 'director' | 'dept-head' | 'staff') => {
  const res = await as(user).get('/api/deadlines/overdue?register=complaint');
  expect(res.status).toBe(200);
  return res.body.data as Overdue;
};

describe('overdue work per department (超时工单)', () => {
  it('lists an overdue complaint dispatched to 工程部 under 工程部, most overdue first', async () => {
    const complaint = await overdueComplaint('GC');
    const { departments, records } = await overdueAs('director');
    const row = records.find((r) => r.documentId === complaint.documentId);
    expect(row).toMatchObject({
      register: 'complaint',
      number: complaint.number,
      dueAt: complaint.dueAt,
      department: { name: '工程部' },
      status: 'dispatched',
    });
    expect(row?.overdueMinutes).toBeGreaterThanOrEqual(89);
    const engineering = departments.find((d) => d.department?.name === '工程部');
    expect(engineering?.count).toBeGreaterThanOrEqual(1);
    expect(engineering && engineering.oldestDueAt <= String(complaint.dueAt)).toBe(true);
    const dues = records.map((r) => r.dueAt);
    expect(dues).toEqual([...dues].sort());
  });

  it('leaves out complaints that are not overdue yet', async () => {
    const fresh = await newComplaint({ complexity: 'general' });
    const { records } = await overdueAs('staff');
    expect(records.some((r) => r.documentId === fresh.documentId)).toBe(false);
  });

  it("shows a head of 工程部 his department's overdue work only", async () => {
    const own = await overdueComplaint('GC');
    const other = await overdueComplaint('BJ');
    const { departments, records } = await overdueAs('dept-head');
    expect(records.some((r) => r.documentId === own.documentId)).toBe(true);
    expect(records.some((r) => r.documentId === other.documentId)).toBe(false);
    expect(departments.map((d) => d.department?.name)).toEqual(['工程部']);
    expect((await overdueAs('director')).records.some((r) => r.documentId === other.documentId)).toBe(true);
  });

  it('needs a signed-in user and a register the user may read', async () => {
    expect((await anonymous().get('/api/deadlines/overdue?register=complaint')).status).toBe(403);
    expect((await as('staff').get('/api/deadlines/overdue?register=nope')).status).toBe(404);
  });
});
