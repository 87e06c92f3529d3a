import { allConditionsHold, complaintRegister, conditionHolds, isLate, toCondition } from '..';

describe('one condition language for show/require rules, deadline policies and callback rules', () => {
  const complaint = { complexity: 'very_complex', kind: 'complaint', department: { documentId: 'gc01' }, items: ['wall', 'floor'], crew: true };

  it.each([
    ['eq on a choice', { field: 'complexity', operator: 'eq', value: 'very_complex' }, true],
    ['ne on a choice', { field: 'complexity', operator: 'ne', value: 'very_complex' }, false],
    ['in on a choice', { field: 'kind', operator: 'in', value: ['enquiry', 'complaint'] }, true],
    ['eq on a relation, by documentId', { field: 'department', operator: 'eq', value: 'gc01' }, true],
    ['eq on a multiple choice that includes the value', { field: 'items', operator: 'eq', value: 'floor' }, true],
    ['in on a multiple choice that shares no value', { field: 'items', operator: 'in', value: ['water'] }, false],
    ['eq on a boolean given as text', { field: 'crew', operator: 'eq', value: 'true' }, true],
    ['eq on a missing field', { field: 'cause', operator: 'eq', value: 'delay' }, false],
  ] as const)('decides %s', (_, condition, expected) => {
    expect(conditionHolds(condition, complaint)).toBe(expected);
  });

  it('reads a register’s showWhen and a form’s visibleWhen as the same conditions', () => {
    expect(toCondition({ field: 'complexity', values: ['very_complex'] })).toEqual({ field: 'complexity', operator: 'in', value: ['very_complex'] });
    expect(toCondition({ field: 'crew', equals: true })).toEqual({ field: 'crew', operator: 'eq', value: true });
    const agreedWith = complaintRegister.fields.find((f) => f.name === 'agreedWith');
    expect(agreedWith?.showWhen && conditionHolds(agreedWith.showWhen, complaint)).toBe(true);
  });

  it('holds for an empty list and only when every condition holds', () => {
    expect(allConditionsHold([], complaint)).toBe(true);
    expect(allConditionsHold([{ field: 'kind', operator: 'eq', value: 'complaint' }, { field: 'crew', operator: 'eq', value: false }], complaint)).toBe(false);
  });

  it('refuses an operator it does not know rather than guessing', () => {
    expect(() => conditionHolds({ field: 'kind', operator: 'gt' as never, value: 1 }, complaint)).toThrow(RangeError);
  });
});

describe('isLate — the one answer to "is this record late?"', () => {
  const due = '2026-12-01T10:00:00.000Z';
  const now = new Date('2026-12-02T00:00:00.000Z');

  it('is late when the work finished after its due time', () => {
    expect(isLate({ dueAt: due, finishedAt: '2026-12-01T10:00:01.000Z', now })).toBe(true);
  });

  it('is on time when it finished at the due time', () => {
    expect(isLate({ dueAt: due, finishedAt: due, now })).toBe(false);
  });

  it('is late while unfinished past its due time', () => {
    expect(isLate({ dueAt: due, finishedAt: null, now })).toBe(true);
  });

  it('is never late without a due time', () => {
    expect(isLate({ dueAt: null, finishedAt: '2030-01-01T00:00:00.000Z', now })).toBe(false);
  });
});
