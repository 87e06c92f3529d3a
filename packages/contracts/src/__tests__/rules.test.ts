import {
  archiveDestructionRegister,
  archiveLoanRegister,
  BUILT_IN_REGISTERS,
  checkActionRules,
  complaintRegister as complaints,
  conditionalRequirementErrors,
  isFieldShown,
  isRequiredBecause,
  lockedFieldErrors,
  validateInput,
  type RoleKey,
} from '..';

const action = (name: string) => archiveLoanRegister.workflow!.actions.find((a) => a.name === name)!;

describe('what each kind of archive access needs (docs/archives.md §5.2)', () => {
  it.each([
    ['read', 'supervisor', true],
    ['read', 'director', true],
    ['loan', 'supervisor', true],
    ['loan', 'director', true],
    ['copy', 'director', true],
    ['copy', 'supervisor', false],
  ] as Array<[string, RoleKey, boolean]>)('a %s request may be approved by the %s: %s', (accessType, role, allowed) => {
    const check = checkActionRules({
      register: archiveLoanRegister,
      action: action('approve'),
      record: { accessType },
      role,
    });
    expect(check.ok).toBe(allowed);
  });

  it('lets only leaders take the approval step at all', () => {
    expect(action('approve').roles.sort()).toEqual(['director', 'supervisor']);
  });

  it('lends only loans and completes only reads and copies', () => {
    const lend = (accessType: string) =>
      checkActionRules({
        register: archiveLoanRegister,
        action: action('lend'),
        record: { accessType },
        role: 'staff',
      });
    expect([lend('loan').ok, lend('read').ok, lend('copy').ok]).toEqual([true, false, false]);
    const complete = checkActionRules({
      register: archiveLoanRegister,
      action: action('complete'),
      record: { accessType: 'loan' },
      role: 'staff',
    });
    expect(complete).toMatchObject({ ok: false, code: 'ACTION_NOT_APPLICABLE' });
  });

  it('asks an outside person for the letter and organisation, a copy for its scope', () => {
    const errors = conditionalRequirementErrors({
      register: archiveLoanRegister,
      values: { requesterType: 'external', accessType: 'copy' },
    });
    expect(errors.map((e) => e.path[0]).sort()).toEqual(['introductionLetter', 'organisation', 'scope']);
    expect(
      conditionalRequirementErrors({
        register: archiveLoanRegister,
        values: { requesterType: 'internal', accessType: 'read' },
      }),
    ).toEqual([]);
  });

  it('gives the reason in the message, in both languages', () => {
    const [zh] = conditionalRequirementErrors({ register: archiveLoanRegister, values: { accessType: 'copy' } });
    const [en] = conditionalRequirementErrors({
      register: archiveLoanRegister,
      values: { accessType: 'copy' },
      locale: 'en',
    });
    expect(zh.message).toBe('请填写复制范围（复制、摘抄或拍照须写明范围）');
    expect(en.message).toBe('Scope of copying is required: Copying needs a stated scope');
  });

  it('runs those requirements on create, with the defaults (internal, read) filled in', () => {
    const data = { archive: 'a1', requester: '周敏', purpose: '核对', accessType: 'copy' };
    expect(validateInput({ register: archiveLoanRegister, data, mode: 'create' }).map((e) => e.path[0])).toEqual([
      'scope',
    ]);
    expect(
      validateInput({ register: archiveLoanRegister, data: { ...data, accessType: 'read' }, mode: 'create' }),
    ).toEqual([]);
  });

  it('shows the scope only for copies and the letter only for outside persons', () => {
    expect(isFieldShown(archiveLoanRegister, 'scope', { accessType: 'read' })).toBe(false);
    expect(isFieldShown(archiveLoanRegister, 'scope', { accessType: 'copy' })).toBe(true);
    expect(isFieldShown(archiveLoanRegister, 'introductionLetter', { requesterType: 'external' })).toBe(true);
    expect(isFieldShown(archiveLoanRegister, 'purpose', {})).toBe(true);
    expect(isRequiredBecause(archiveLoanRegister, 'introductionLetter', { requesterType: 'external' })).toBe(true);
  });
});

describe('fields fixed once a request is decided', () => {
  it('refuses a changed kind of access or archive after approval, not an unchanged one', () => {
    const before = { status: 'approved', accessType: 'read', archive: { documentId: 'a1' } };
    const changed = lockedFieldErrors({
      register: archiveLoanRegister,
      before,
      data: { accessType: 'copy', archive: 'a2' },
    });
    expect(changed.map((e) => [e.path[0], e.message])).toEqual([
      ['archive', '记录已“已批准”，档案不能再修改'],
      ['accessType', '记录已“已批准”，方式不能再修改'],
    ]);
    expect(
      lockedFieldErrors({
        register: archiveLoanRegister,
        before,
        data: { accessType: 'read', archive: 'a1', requesterPhone: '13911112222' },
      }),
    ).toEqual([]);
  });

  it('lets anything change while the request awaits approval', () => {
    const before = { status: 'requested', accessType: 'read', archive: { documentId: 'a1' } };
    expect(
      lockedFieldErrors({ register: archiveLoanRegister, before, data: { accessType: 'copy', archive: 'a2' } }),
    ).toEqual([]);
  });
});

describe('destruction witnesses', () => {
  const destroy = archiveDestructionRegister.workflow!.actions.find((a) => a.name === 'destroy')!;

  it('refuses the same person as both witnesses', () => {
    const errors = validateInput({
      register: archiveDestructionRegister,
      data: { method: 'shred', witness1: 'u1', witness2: 'u1' },
      mode: 'action',
      action: destroy,
    });
    expect(errors).toEqual([
      expect.objectContaining({ path: ['witness2'], code: 'NOT_DISTINCT', message: '监销人二不能与监销人一相同' }),
    ]);
  });

  it('accepts two different witnesses', () => {
    expect(
      validateInput({
        register: archiveDestructionRegister,
        data: { method: 'shred', witness1: 'u1', witness2: 'u2' },
        mode: 'action',
        action: destroy,
      }),
    ).toEqual([]);
  });
});

describe.each(BUILT_IN_REGISTERS.map((r) => [r.key, r] as const))('the %s register’s rules', (_, register) => {
  const names = new Set(register.fields.map((f) => f.name));

  it('fixes fields only in states its workflow has', () => {
    const states = new Set(register.workflow?.states.map((s) => s.value) ?? []);
    expect(register.fields.flatMap((f) => f.editableIn ?? []).filter((s) => !states.has(s))).toEqual([]);
  });

  it('names only its own fields in conditions, requirements and distinctness', () => {
    const used = [
      ...(register.requiredWhen ?? []).flatMap((r) => [r.field, ...r.requires]),
      ...register.fields.flatMap((f) => [f.showWhen?.field, ...(f.distinctFrom ?? [])]),
      ...(register.workflow?.actions ?? []).flatMap((a) => [
        a.onlyWhen?.field,
        ...(a.rolesWhen ?? []).map((r) => r.field),
      ]),
      ...(register.confidential
        ? ['field' in register.confidential ? register.confidential.field : register.confidential.via]
        : []),
    ].filter((n): n is string => !!n);
    expect(used.filter((n) => !names.has(n))).toEqual([]);
  });

  it('narrows action roles only to roles the action has', () => {
    for (const a of register.workflow?.actions ?? []) {
      for (const rule of a.rolesWhen ?? []) expect(rule.roles.filter((r) => !a.roles.includes(r))).toEqual([]);
    }
  });
});

const viaRegisters = BUILT_IN_REGISTERS.filter((r) => r.confidential && 'via' in r.confidential).map(
  (r) => [r.key, r] as const,
);

describe.each(viaRegisters)('the %s register, confidential through a relation', (_, register) => {
  it('points at a register that has its own confidentiality field', () => {
    const via = (register.confidential as { via: string }).via;
    const target = BUILT_IN_REGISTERS.find((r) => r.key === register.fields.find((f) => f.name === via)?.target);
    expect(target?.confidential).toEqual({ field: 'confidentiality', values: ['confidential'] });
  });
});

describe('deadlines move only through an action (调整时限, 约定时限)', () => {
  const now = new Date('2026-12-04T08:00:00Z');

  it('refuses a received time in the future, allowing five minutes of clock skew', () => {
    const at = (iso: string) => validateInput({ register: complaints, data: { receivedAt: iso }, mode: 'update', now });
    expect(at('2026-12-04T08:05:00Z')).toEqual([]);
    expect(at('2026-12-04T08:06:00Z')).toEqual([expect.objectContaining({ path: ['receivedAt'], code: 'IN_FUTURE', message: '受理时间不能晚于当前时间' })]);
  });

  it('never empties the received time or the complexity, by an edit or by 调整时限', () => {
    const action = complaints.workflow!.actions.find((a) => a.name === 'reviseDeadline')!;
    expect(validateInput({ register: complaints, data: { receivedAt: null, complexity: '', deadlineReason: '更正' }, mode: 'action', action }).map((e) => e.path[0])).toEqual(['receivedAt', 'complexity']);
    expect(validateInput({ register: complaints, data: { receivedAt: null }, mode: 'update' }).map((e) => e.code)).toEqual(['REQUIRED']);
  });

  it('fixes the received time and the complexity after dispatch, naming the step that changes them', () => {
    const before = { status: 'accepted', receivedAt: '2026-12-04T00:00:00.000Z', complexity: 'general' };
    expect(lockedFieldErrors({ register: complaints, before, data: { receivedAt: '2026-12-03T00:00:00Z', complexity: 'complex' }, locale: 'en' }).map((e) => e.message)).toEqual([
      'The record is "Accepted": Received at can only be changed by the "Adjust deadline" action',
      'The record is "Accepted": Complexity can only be changed by the "Adjust deadline" action',
    ]);
    expect(lockedFieldErrors({ register: complaints, before, data: { receivedAt: '2026-12-04T08:00:00+08:00' } })).toEqual([]);
    expect(lockedFieldErrors({ register: complaints, before: { ...before, status: 'received' }, data: { complexity: 'complex' } })).toEqual([]);
  });
});
