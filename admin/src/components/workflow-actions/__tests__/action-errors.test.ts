import { classifyActionError } from '../action-errors';

describe('a failed workflow step', () => {
  it('puts the server’s field messages on the fields', () => {
    const failure = classifyActionError({ statusCode: 400, message: 'Invalid', errors: { department: ['请选择责任部门'] } });
    expect(failure).toEqual({ kind: 'fields', fields: [{ name: 'department', errors: ['请选择责任部门'] }] });
  });

  it('reloads when someone else moved the record on', () => {
    expect(classifyActionError({ statusCode: 400, message: 'x', code: 'TRANSITION_NOT_ALLOWED' })).toEqual({ kind: 'stale' });
  });

  it('tells a role it may not take the step', () => {
    expect(classifyActionError({ statusCode: 403, message: 'Forbidden' })).toEqual({ kind: 'forbidden' });
  });

  it('passes any other message through', () => {
    expect(classifyActionError({ statusCode: 500, message: 'boom' })).toEqual({ kind: 'other', message: 'boom' });
  });
});
