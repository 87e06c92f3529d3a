import fc from 'fast-check';
import { isWorkingDay } from '../calendar';
import { type Pause, computeDueAt } from '../clock';
import { type DeadlineUnit, addDuration } from '../duration';
import { addLocalDays, localDayOf } from '../local-day';
import { budgetMs } from '../windows';
import { type Case, amountArb, caseArb, closedPauseArb, instantArb, pauseArb } from './arbitraries';
import { show } from './fixtures';

// FC_RUNS=5000 npx jest properties — for a deeper search than the default 100 runs per property.
fc.configureGlobal({ numRuns: Number(process.env.FC_RUNS ?? 100) });

const ELAPSED: DeadlineUnit[] = ['minutes', 'hours', 'calendar_days'];

const due = (c: Case): number => addDuration({ ...c, start: new Date(c.start) }).getTime();
/** A clock stopped now has no due time: for comparisons it is "later than anything". */
const dueWith = (c: Case, pauses: Pause[]): number => {
  const state = computeDueAt({ ...c, start: new Date(c.start), pauses });
  return state.dueAt === null ? Infinity : state.dueAt.getTime();
};

describe('properties of addDuration', () => {
  it('the due time is never before the start', () => {
    fc.assert(fc.property(caseArb, (c) => due(c) >= c.start));
  });

  it('a later start never gives an earlier due time', () => {
    fc.assert(fc.property(caseArb, instantArb, (c, other) => {
      const [early, late] = [Math.min(c.start, other), Math.max(c.start, other)];
      return due({ ...c, start: early }) <= due({ ...c, start: late });
    }));
  });

  it('a larger amount never gives an earlier due time', () => {
    fc.assert(fc.property(caseArb, amountArb, (c, more) => due(c) <= due({ ...c, amount: c.amount + more })));
  });

  it('is additive for every unit: a then b is the same as a + b', () => {
    fc.assert(fc.property(caseArb, amountArb, (c, b) => {
      expect(due({ ...c, start: due(c), amount: b })).toBe(due({ ...c, amount: c.amount + b }));
    }));
  });

  it('calendar_days keep the clock time: N days are exactly N × 24 h', () => {
    fc.assert(fc.property(caseArb, (c) => {
      const result = due({ ...c, unit: 'calendar_days' });
      expect(result - c.start).toBe(c.amount * 86_400_000);
      expect(show(new Date(result)).slice(11)).toBe(show(new Date(c.start)).slice(11));
    }));
  });

  it('working_days land at the end of a working day, exactly N working days after the start day', () => {
    fc.assert(fc.property(caseArb.filter((c) => c.amount > 0), (c) => {
      const result = due({ ...c, unit: 'working_days' });
      const day = localDayOf(result);
      expect(isWorkingDay(c.calendar, day)).toBe(true);
      const end = c.calendar.workingHours?.end ?? '24:00';
      expect(show(new Date(result)).slice(11)).toBe(end === '24:00' ? '23:59:59.999' : `${end}:00.000`);
      let counted = 0;
      for (let d = addLocalDays(localDayOf(c.start), 1); d <= day; d = addLocalDays(d, 1)) if (isWorkingDay(c.calendar, d)) counted += 1;
      expect(counted).toBe(c.amount);
    }));
  });
});

describe('properties of computeDueAt', () => {
  it('without pauses it is addDuration', () => {
    fc.assert(fc.property(caseArb, (c) => dueWith(c, []) === due(c)));
  });

  it('pauses never make the due time earlier, and adding a pause never does either', () => {
    fc.assert(fc.property(caseArb, fc.array(pauseArb, { maxLength: 4 }), pauseArb, (c, pauses, extra) => {
      expect(dueWith(c, pauses)).toBeGreaterThanOrEqual(due(c));
      expect(dueWith(c, [...pauses, extra])).toBeGreaterThanOrEqual(dueWith(c, pauses));
    }));
  });

  it('a zero-length pause is a no-op', () => {
    fc.assert(fc.property(caseArb, fc.array(pauseArb, { maxLength: 3 }), instantArb, (c, pauses, t) => {
      expect(dueWith(c, [...pauses, { from: new Date(t), to: new Date(t) }])).toBe(dueWith(c, pauses));
    }));
  });

  it('the order in which pauses are listed does not matter', () => {
    fc.assert(fc.property(caseArb, fc.array(pauseArb, { maxLength: 4 }), (c, pauses) => {
      expect(dueWith(c, [...pauses].reverse())).toBe(dueWith(c, pauses));
    }));
  });

  it('a pause starting at or after the due time changes nothing', () => {
    fc.assert(fc.property(caseArb, pauseArb, fc.nat({ max: 86_400_000 }), (c, pause, delay) => {
      const unpaused = due(c);
      expect(dueWith(c, [{ from: new Date(unpaused + delay), to: pause.to && new Date(unpaused + delay + 3_600_000) }])).toBe(unpaused);
    }));
  });

  it('elapsed units move by exactly the paused time between start and due', () => {
    fc.assert(fc.property(caseArb, fc.array(closedPauseArb, { maxLength: 4 }), (c0, pauses) => {
      const c = { ...c0, unit: ELAPSED[c0.amount % 3] };
      const result = dueWith(c, pauses);
      // Union of the pauses clipped to [start, result), measured independently of the engine.
      const spans = pauses.map((p) => [Math.max(p.from.getTime(), c.start), Math.min((p.to as Date).getTime(), result)]).filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
      let paused = 0;
      let reach = -Infinity;
      for (const [a, b] of spans) {
        paused += Math.max(0, b - Math.max(a, reach));
        reach = Math.max(reach, b);
      }
      expect(result - c.start - paused).toBe(budgetMs(c));
    }));
  });

  it('an open pause stops the clock exactly when it begins before the unpaused due time', () => {
    fc.assert(fc.property(caseArb, instantArb, (c, from) => {
      const state = computeDueAt({ ...c, start: new Date(c.start), pauses: [{ from: new Date(from) }] });
      const stops = Math.max(from, c.start) < due(c);
      expect(state.state).toBe(stops ? 'paused' : 'running');
      if (state.state === 'paused') {
        expect(state.pausedAt.getTime()).toBe(Math.max(from, c.start));
        expect(state.remainingMs).toBeGreaterThan(0);
      }
    }));
  });
});
