import { BUILT_IN_REGISTERS, ROLE_KEYS, type RegisterDescription } from '..';

const fieldNames = (r: RegisterDescription) => new Set(r.fields.map((f) => f.name));

describe.each(BUILT_IN_REGISTERS.map((r) => [r.key, r] as const))('the %s register description', (_, register) => {
  it('names only its own fields in lists, searches, sorts, indexes and one-of groups', () => {
    const names = fieldNames(register);
    const used = [
      ...register.listFields,
      ...register.searchFields.map((n) => n.split('.')[0]),
      register.titleField,
      register.defaultSort.field,
      ...register.indexes.flat(),
      ...(register.oneOf ?? []).flat(),
      ...(register.numberDateField ? [register.numberDateField] : []),
      ...(register.recordedByField ? [register.recordedByField] : []),
    ];
    expect(used.filter((n) => !names.has(n))).toEqual([]);
  });

  it('searches related records only through relation fields', () => {
    const dotted = register.searchFields.filter((n) => n.includes('.')).map((n) => n.split('.')[0]);
    expect(dotted.filter((n) => register.fields.find((f) => f.name === n)?.type !== 'relation')).toEqual([]);
  });

  it('has unique field names', () => {
    expect(fieldNames(register).size).toBe(register.fields.length);
  });

  it('relates only to registers that exist', () => {
    const keys = new Set([...BUILT_IN_REGISTERS.map((r) => r.key), 'user']);
    expect(register.fields.filter((f) => f.type === 'relation' && !keys.has(f.target ?? ''))).toEqual([]);
  });

  it('gives every field and enum option a label in both languages', () => {
    for (const f of register.fields) {
      expect(f.label['zh-CN'] && f.label.en).toBeTruthy();
      for (const o of f.options ?? []) expect(o.label['zh-CN'] && o.label.en).toBeTruthy();
    }
  });

  it('gives each role at most one access rule, for real roles', () => {
    const roles = register.access.map((a) => a.role);
    expect(new Set(roles).size).toBe(roles.length);
    expect(roles.every((r) => ROLE_KEYS.includes(r))).toBe(true);
  });
});

const withWorkflow = BUILT_IN_REGISTERS.filter((r) => r.workflow).map((r) => [r.key, r, r.workflow!] as const);

describe.each(withWorkflow)('the %s workflow', (_, register, workflow) => {
  it('moves only between its own states, with stamps, inputs and writers that exist', () => {
    const states = new Set(workflow.states.map((s) => s.value));
    const names = fieldNames(register);
    expect(states.has(workflow.initial)).toBe(true);
    for (const action of workflow.actions) {
      expect([...action.from, action.to].filter((s) => !states.has(s))).toEqual([]);
      expect(
        [...(action.input ?? []), ...(action.requires ?? []), action.stampAt, action.stampBy].filter(
          (n) => n && !names.has(n),
        ),
      ).toEqual([]);
      expect((action.requires ?? []).filter((n) => !action.input?.includes(n))).toEqual([]);
    }
    const actions = new Set(workflow.actions.map((a) => a.name));
    expect(register.fields.flatMap((f) => f.writtenBy ?? []).filter((a) => !actions.has(a))).toEqual([]);
    expect(register.fields.find((f) => f.name === workflow.field)?.options?.map((o) => o.value)).toEqual(
      workflow.states.map((s) => s.value),
    );
  });

  it('never leaves a final state', () => {
    const finals = workflow.states.filter((s) => s.final).map((s) => s.value);
    expect(workflow.actions.filter((a) => a.from.some((s) => finals.includes(s)))).toEqual([]);
  });
});
