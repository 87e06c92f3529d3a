import type { Random } from './types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The handling workflow's stamps, in the order its steps happen (see registers/intake.ts). */
export const HANDLING_STEPS = [
  { stamp: 'dispatchedAt', status: 'dispatched' },
  { stamp: 'acceptedAt', status: 'accepted' },
  { stamp: 'startedAt', status: 'in_progress' },
  { stamp: 'resolvedAt', status: 'resolved' },
  { stamp: 'closedAt', status: 'closed' },
] as const;

export type HandlingStamp = (typeof HANDLING_STEPS)[number]['stamp'] | 'voidedAt';

export interface HandlingLife {
  status: string;
  stamps: Partial<Record<HandlingStamp, Date>>;
  dueAt: Date;
  /** How many of HANDLING_STEPS happened (0: still 'received'). */
  reached: number;
  /** When the record last changed (its updated_at). */
  lastChangeAt: Date;
}

/** How long each step took after the previous one: minutes at the desk, days for repairs. */
const stepDuration = (random: Random, step: number): number => {
  switch (step) {
    case 0: return random.int(3, 25) * MINUTE;
    case 1: return random.int(5, 60) * MINUTE;
    case 2: return random.int(5, 90) * MINUTE;
    case 3: return random.chance(0.8) ? random.int(20, 170) * MINUTE : random.int(1, 5) * DAY;
    default: return random.int(1, 6) * DAY;
  }
};

/** How far a record got, by its age: old work is almost all closed, today's mostly open. */
const reachByAge = (random: Random, age: number): number => {
  if (age < 2 * HOUR) return random.int(0, 3);
  if (age < DAY) return random.pick([0, 1, 2, 3, 3, 4, 4, 5]);
  if (age < 7 * DAY) return random.pick([2, 3, 4, 4, 5, 5, 5, 5, 5, 5]);
  // A few stay stuck somewhere for weeks: the overdue work the reminders are for.
  if (age < 30 * DAY) return random.chance(0.96) ? 5 : random.int(1, 4);
  return random.chance(0.995) ? 5 : random.int(1, 4);
};

const VOID_RATE = 0.025;

/**
 * A plausible life of one resident report up to `now`: how far it got (or voided) and when
 * each step happened. `keepOpen` (a deadline agreed to fall about now) keeps the record
 * somewhere between dispatched and in progress, whatever its age. No stamp is in the future.
 */
export const handlingLife = ({ random, receivedAt, now, dueAt, keepOpen = false }: {
  random: Random;
  receivedAt: Date;
  now: Date;
  /** Wall-clock deadline (the deadlines plugin also skips nights and holidays; close enough here). */
  dueAt: Date;
  keepOpen?: boolean;
}): HandlingLife => {
  const start = receivedAt.getTime();
  const available = Math.max(0, now.getTime() - start - MINUTE);
  if (!keepOpen && random.chance(VOID_RATE)) {
    const voidedAt = new Date(start + Math.min(available, random.int(5, 120) * MINUTE));
    return { status: 'void', stamps: { voidedAt }, dueAt, reached: 0, lastChangeAt: voidedAt };
  }
  const planned = keepOpen ? random.int(1, 3) : reachByAge(random, now.getTime() - start);
  const offsets: number[] = [];
  let elapsed = 0;
  for (let step = 0; step < planned; step++) offsets.push((elapsed += stepDuration(random, step)));
  // A step whose time has not come yet has not happened; a record kept open is squeezed instead.
  const squeeze = keepOpen && elapsed > available ? available / elapsed : 1;
  const happened = offsets.map((offset) => Math.floor(offset * squeeze)).filter((offset) => offset <= available);
  const stamps: HandlingLife['stamps'] = {};
  happened.forEach((offset, step) => (stamps[HANDLING_STEPS[step].stamp] = new Date(start + offset)));
  const reached = happened.length;
  const status = reached === 0 ? 'received' : HANDLING_STEPS[reached - 1].status;
  return { status, stamps, dueAt, reached, lastChangeAt: new Date(start + (happened[reached - 1] ?? 0)) };
};

export const isResolved = (life: HandlingLife) => life.status === 'resolved' || life.status === 'closed';
