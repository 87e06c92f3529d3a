import { approvalProblem, countPeriodOf, mayApprove } from '..';

describe('who may approve a key loan (docs/keys.md §4.2)', () => {
  it.each([
    ['repair', 'dept-head', 'GC', true],
    ['repair', 'director', null, true],
    ['repair', 'dept-head', 'BJ', false],
    ['repair', 'supervisor', 'KF', false],
    ['repair', 'staff', 'KF', false],
    ['other', 'director', null, true],
    ['other', 'dept-head', 'GC', false],
    ['other', 'supervisor', 'KF', false],
    ['unknown purpose', 'director', null, false],
  ] as const)('%s approved by %s of %s: %s', (purpose, role, departmentCode, expected) => {
    expect(mayApprove(purpose, { role, departmentCode })).toBe(expected);
  });

  it('names the purpose, who must approve and why this approver may not', () => {
    expect(approvalProblem({ purpose: 'repair', purposeLabel: '维修', approver: { name: '张主管', role: 'supervisor', departmentCode: 'KF' } })).toBe(
      '“维修”借用须由工程部负责人或项目负责人（服务中心主任）审批，张主管（客服主管）无此审批权限',
    );
    expect(approvalProblem({ purpose: 'repair', purposeLabel: '维修', approver: { name: '李工', role: 'dept-head', departmentCode: 'GC' } })).toBeNull();
  });
});

describe('count periods on the Shanghai calendar', () => {
  it.each([
    // 2026-11-24 is a Tuesday; 00:30 Shanghai is still 16:30 UTC the day before.
    ['day', '2026-11-23T16:30:00Z', '2026-11-24', '2026-11-23T16:00:00.000Z', '2026-11-24T16:00:00.000Z'],
    ['day', '2026-11-23T15:59:59Z', '2026-11-23', '2026-11-22T16:00:00.000Z', '2026-11-23T16:00:00.000Z'],
    ['week', '2026-11-24T02:00:00Z', '2026-W48', '2026-11-22T16:00:00.000Z', '2026-11-29T16:00:00.000Z'],
    ['week', '2026-11-29T15:00:00Z', '2026-W48', '2026-11-22T16:00:00.000Z', '2026-11-29T16:00:00.000Z'],
    // 2027-01-01 (Friday) belongs to ISO week 53 of 2026.
    ['week', '2027-01-01T02:00:00Z', '2026-W53', '2026-12-27T16:00:00.000Z', '2027-01-03T16:00:00.000Z'],
    ['month', '2026-12-31T17:00:00Z', '2027-01', '2026-12-31T16:00:00.000Z', '2027-01-31T16:00:00.000Z'],
    ['month', '2026-02-15T00:00:00Z', '2026-02', '2026-01-31T16:00:00.000Z', '2026-02-28T16:00:00.000Z'],
    ['half-year', '2026-06-30T15:59:00Z', '2026-H1', '2025-12-31T16:00:00.000Z', '2026-06-30T16:00:00.000Z'],
    ['half-year', '2026-06-30T16:00:00Z', '2026-H2', '2026-06-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
  ] as const)('%s at %s is %s', (period, at, key, start, end) => {
    const span = countPeriodOf(period, new Date(at));
    expect({ key: span.key, start: span.start.toISOString(), end: span.end.toISOString() }).toEqual({ key, start, end });
  });
});
