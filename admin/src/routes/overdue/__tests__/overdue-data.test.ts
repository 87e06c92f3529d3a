import { builtIn } from '../../../test/fixtures';
import { departmentKey, hasDeadlines, NO_DEPARTMENT, parseOverdue, recordsOf } from '../overdue-data';

const engineering = { documentId: 'gc', name: '工程部' };
const row = (documentId: string, department: typeof engineering | null) => ({
  register: 'complaint', documentId, number: `TS-${documentId}`, dueAt: '2026-11-24T02:30:00.000Z', overdueMinutes: 65, department, status: 'dispatched',
});

describe('the overdue list', () => {
  it('keeps well-formed departments and records, dropping anything else', () => {
    const list = parseOverdue({
      departments: [{ department: engineering, count: 2, oldestDueAt: '2026-11-24T02:30:00.000Z' }, { department: 'x', count: 1 }],
      records: [row('a', engineering), row('b', null), { documentId: 'c' }],
    });
    expect(list.departments).toHaveLength(1);
    expect(list.records.map((r) => r.documentId)).toEqual(['a', 'b']);
  });

  it('is empty for an answer of another shape', () => {
    expect(parseOverdue(null)).toEqual({ departments: [], records: [] });
    expect(parseOverdue({ departments: 'x' })).toEqual({ departments: [], records: [] });
  });

  it('filters records by department, undispatched ones under their own key', () => {
    const records = [row('a', engineering), row('b', null)];
    expect(recordsOf(records, null)).toHaveLength(2);
    expect(recordsOf(records, 'gc').map((r) => r.documentId)).toEqual(['a']);
    expect(recordsOf(records, NO_DEPARTMENT).map((r) => r.documentId)).toEqual(['b']);
    expect(departmentKey(null)).toBe(NO_DEPARTMENT);
  });

  it('offers the registers with a handling deadline', () => {
    expect(hasDeadlines(builtIn('complaints'))).toBe(true);
    expect(hasDeadlines(builtIn('repair-orders'))).toBe(true);
    expect(hasDeadlines(builtIn('units'))).toBe(false);
  });
});
