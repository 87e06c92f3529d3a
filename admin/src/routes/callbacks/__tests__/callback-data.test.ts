import { fromRuleForm, toRuleForm, worklistFilters } from '../callback-data';

describe('待回访 worklist filters', () => {
  it('shows staff the pending callbacks their role makes', () => {
    expect(worklistFilters({ role: 'staff', scope: 'mine' })).toEqual([
      { field: 'status', operator: 'eq', value: 'pending' },
      { field: 'callerRole', operator: 'eq', value: 'staff' },
    ]);
  });

  it('shows every pending callback when the supervisor asks for all', () => {
    expect(worklistFilters({ role: 'supervisor', scope: 'all' })).toEqual([
      { field: 'status', operator: 'eq', value: 'pending' },
    ]);
  });
});

describe('the callback rule form', () => {
  it('round-trips a rule, with "in" values typed as a comma-separated list', () => {
    const rule = {
      id: 3,
      name: '其他服务回访',
      register: 'complaint',
      conditions: [{ field: 'kind', operator: 'in' as const, value: ['help', 'paperwork'] }],
      trigger: 'resolve',
      windowAmount: 7,
      windowUnit: 'calendar_days' as const,
      rate: 30,
      callerRole: 'staff' as const,
      methods: ['phone'],
      active: true,
    };
    const form = toRuleForm(rule);
    expect(form.conditions).toEqual([{ field: 'kind', operator: 'in', value: 'help, paperwork' }]);
    const { id: _id, ...input } = rule;
    expect(
      fromRuleForm({ ...form, conditions: [{ field: 'kind', operator: 'in', value: 'help，paperwork' }] }),
    ).toEqual(input);
  });

  it('drops condition rows left half-filled', () => {
    const form = {
      ...toRuleForm(null),
      name: ' 报修 ',
      conditions: [{ field: 'urgency' }, { field: 'urgency', operator: 'eq' as const, value: ' major ' }],
    };
    expect(fromRuleForm(form)).toMatchObject({
      name: '报修',
      conditions: [{ field: 'urgency', operator: 'eq', value: 'major' }],
    });
  });
});
