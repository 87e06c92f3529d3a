/** Where an archive is (档案状态): in the archive room, lent out, or destroyed. */
export type ArchiveState = 'in_place' | 'lent' | 'destroyed';

/**
 * What a step of a register about an archive needs of the archive and does to it (docs/archives.md §5.2):
 * a destroyed archive is never read, lent or destroyed again; an archive is lent to one borrower
 * at a time and destroyed only when it is in the archive room; lending and returning move it.
 */
export interface ArchiveMove {
  register: string;
  /** 'create' (a new request), or a workflow action. */
  on: string;
  allowed: ArchiveState[];
  moveTo?: ArchiveState;
  /** An archive field stamped with the moment of the move. */
  stamp?: string;
}

export const ARCHIVE_MOVES: readonly ArchiveMove[] = [
  { register: 'archive-loan', on: 'create', allowed: ['in_place', 'lent'] },
  { register: 'archive-loan', on: 'lend', allowed: ['in_place'], moveTo: 'lent' },
  // A return puts it back whatever the ledger thought (a loan registered before this rule).
  { register: 'archive-loan', on: 'return', allowed: ['in_place', 'lent'], moveTo: 'in_place' },
  { register: 'archive-destruction', on: 'create', allowed: ['in_place', 'lent'] },
  { register: 'archive-destruction', on: 'destroy', allowed: ['in_place'], moveTo: 'destroyed', stamp: 'destroyedAt' },
];

export const moveFor = (register: string, on: string): ArchiveMove | undefined =>
  ARCHIVE_MOVES.find((m) => m.register === register && m.on === on);

export interface Refusal {
  code: 'ARCHIVE_DESTROYED' | 'ARCHIVE_LENT' | 'ARCHIVE_NOT_LENT';
  /** 409 for a state someone else's step just caused (the archive is out), 400 otherwise. */
  conflict: boolean;
  message: string;
}

const WHAT: Record<string, string> = {
  create: '登记',
  lend: '借出',
  return: '归还',
  destroy: '销毁',
};

/** Why a step cannot be taken on an archive in `state` (null: it can). */
export const refusalFor = (move: ArchiveMove, state: ArchiveState, code: string): Refusal | null => {
  if (move.allowed.includes(state)) return null;
  const what = WHAT[move.on] ?? move.on;
  if (state === 'destroyed') {
    return { code: 'ARCHIVE_DESTROYED', conflict: false, message: `档案“${code}”已销毁，不能${what}` };
  }
  if (state === 'lent') {
    return { code: 'ARCHIVE_LENT', conflict: true, message: `档案“${code}”已借出，归还后才能${what}` };
  }
  return { code: 'ARCHIVE_NOT_LENT', conflict: false, message: `档案“${code}”未借出，不能${what}` };
};
