import {
  BUILT_IN_REGISTERS,
  CAPABILITIES,
  CAPABILITY_KEYS,
  DEFAULT_CAPABILITY_GRANTS,
  approvalProblem,
  capabilitiesOf,
  holds,
  mayApprove,
  parseGrants,
  withGrants,
  type CapabilityGrants,
} from '..';

const keyLoan = BUILT_IN_REGISTERS.find((r) => r.key === 'key-loan')!;
const approverFilter = (grants: CapabilityGrants) =>
  withGrants(keyLoan, grants).fields.find((f) => f.name === 'approver')!.targetFilter;

describe('capabilities are data', () => {
  it('describes every capability once, and every capability has default holders', () => {
    expect(CAPABILITIES.map((c) => c.key)).toEqual([...CAPABILITY_KEYS]);
    for (const key of CAPABILITY_KEYS) expect(DEFAULT_CAPABILITY_GRANTS[key].length).toBeGreaterThan(0);
  });

  it('limits a holder to a department when the grant names one', () => {
    expect(holds(DEFAULT_CAPABILITY_GRANTS, 'key-loans.approve-repair', { role: 'dept-head', departmentCode: 'GC' })).toBe(true);
    expect(holds(DEFAULT_CAPABILITY_GRANTS, 'key-loans.approve-repair', { role: 'dept-head', departmentCode: 'BJ' })).toBe(false);
    expect(holds(DEFAULT_CAPABILITY_GRANTS, 'key-loans.approve-repair', { role: 'director', departmentCode: null })).toBe(true);
  });

  it('gives the panel what a role holds', () => {
    expect(capabilitiesOf(DEFAULT_CAPABILITY_GRANTS, 'administrator')).toContain('forms.design');
    expect(capabilitiesOf(DEFAULT_CAPABILITY_GRANTS, 'staff')).not.toContain('confidential.read');
  });

  it('lets the administrator move an approval to another role, and the refusal names the new holders', () => {
    const grants = { ...DEFAULT_CAPABILITY_GRANTS, 'key-loans.approve-other': [{ role: 'supervisor' as const }] };
    expect(mayApprove('other', { role: 'supervisor', departmentCode: 'KF' }, grants)).toBe(true);
    expect(mayApprove('other', { role: 'director', departmentCode: null }, grants)).toBe(false);
    expect(approvalProblem({ purpose: 'other', purposeLabel: '其他', approver: { name: '陈主任', role: 'director', departmentCode: null }, grants })).toBe(
      '“其他”借用须由客服主管审批，陈主任（服务中心主任）无此审批权限',
    );
  });

  it('offers in the approver picker exactly the roles that may approve', () => {
    expect(approverFilter(DEFAULT_CAPABILITY_GRANTS)).toEqual([{ field: 'role.type', operator: 'in', value: ['dept-head', 'director'] }]);
    const grants = { ...DEFAULT_CAPABILITY_GRANTS, 'key-loans.approve-other': [{ role: 'supervisor' as const }] };
    expect(approverFilter(grants)).toEqual([{ field: 'role.type', operator: 'in', value: ['dept-head', 'director', 'supervisor'] }]);
  });
});

describe('what the administrator saves', () => {
  it('keeps the capabilities not sent and removes repeated holders', () => {
    const { grants, problems } = parseGrants({ 'forms.design': [{ role: 'supervisor' }, { role: 'supervisor' }] }, DEFAULT_CAPABILITY_GRANTS, 'zh-CN');
    expect(problems).toEqual([]);
    expect(grants['forms.design']).toEqual([{ role: 'supervisor' }]);
    expect(grants['confidential.read']).toEqual(DEFAULT_CAPABILITY_GRANTS['confidential.read']);
  });

  it.each([
    [{ 'no.such': [] }, ['grants', 'no.such'], '没有名为“no.such”的权限'],
    [{ 'forms.design': [{ role: 'janitor' }] }, ['grants', 'forms.design'], '“设计表单”中有无法识别的岗位'],
    [{ 'forms.design': 'administrator' }, ['grants', 'forms.design'], '“设计表单”中有无法识别的岗位'],
    [{ 'forms.design': [{ role: 'staff', departmentCode: 'GC' }] }, ['grants', 'forms.design'], '“设计表单”不能限定部门'],
    [{ 'capabilities.edit': [] }, ['grants', 'capabilities.edit'], '至少要有一个岗位能设置岗位权限'],
    [[], ['grants'], '请提交每项权限的岗位列表'],
  ])('refuses %j with a message on the item', (input, path, message) => {
    expect(parseGrants(input, DEFAULT_CAPABILITY_GRANTS, 'zh-CN').problems).toEqual([expect.objectContaining({ path, message })]);
  });

  it('answers in English when asked', () => {
    expect(parseGrants({ 'capabilities.edit': [] }, DEFAULT_CAPABILITY_GRANTS, 'en').problems[0].message).toBe(
      'At least one role must be able to set role capabilities',
    );
  });
});
