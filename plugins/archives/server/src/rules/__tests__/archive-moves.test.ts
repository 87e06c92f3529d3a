import { moveFor, refusalFor, type ArchiveState } from '../archive-moves';

const refusal = (register: string, on: string, state: ArchiveState) =>
  refusalFor(moveFor(register, on)!, state, 'DA-001');

describe('what archive steps need of the archive', () => {
  it.each([
    ['archive-loan', 'create', 'in_place', null],
    ['archive-loan', 'create', 'lent', null],
    ['archive-loan', 'create', 'destroyed', 'ARCHIVE_DESTROYED'],
    ['archive-loan', 'lend', 'in_place', null],
    ['archive-loan', 'lend', 'lent', 'ARCHIVE_LENT'],
    ['archive-loan', 'lend', 'destroyed', 'ARCHIVE_DESTROYED'],
    ['archive-loan', 'return', 'lent', null],
    ['archive-destruction', 'create', 'destroyed', 'ARCHIVE_DESTROYED'],
    ['archive-destruction', 'destroy', 'in_place', null],
    ['archive-destruction', 'destroy', 'lent', 'ARCHIVE_LENT'],
    ['archive-destruction', 'destroy', 'destroyed', 'ARCHIVE_DESTROYED'],
  ] as const)('%s %s with the archive %s → %s', (register, on, state, code) => {
    expect(refusal(register, on, state)?.code ?? null).toBe(code);
  });

  it('says in words why a destroyed archive cannot be lent', () => {
    expect(refusal('archive-loan', 'lend', 'destroyed')?.message).toBe('档案“DA-001”已销毁，不能借出');
  });

  it('treats an archive already out as a conflict (409), a destroyed one as bad input (400)', () => {
    expect(refusal('archive-loan', 'lend', 'lent')?.conflict).toBe(true);
    expect(refusal('archive-loan', 'lend', 'destroyed')?.conflict).toBe(false);
  });

  it('moves the archive out on lending, back on return, and to destroyed on destruction', () => {
    expect([
      moveFor('archive-loan', 'lend')?.moveTo,
      moveFor('archive-loan', 'return')?.moveTo,
      moveFor('archive-destruction', 'destroy')?.moveTo,
    ]).toEqual(['lent', 'in_place', 'destroyed']);
  });
});
