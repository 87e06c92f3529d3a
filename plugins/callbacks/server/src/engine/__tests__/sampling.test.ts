import fc from 'fast-check';
import { decide, DEFAULT_SLACK, requiredCount, samplingScore, type SamplingDecision } from '../sampling';

/** Runs a sequence of resolutions through the sampler as the plugin does: per-day counters. */
const simulate = ({ seed, rate, days }: { seed: string; rate: number; days: number[] }) => {
  const decisions: Array<SamplingDecision & { day: number; number: string }> = [];
  const counts = new Map<number, { resolved: number; chosen: number }>();
  days.forEach((day, i) => {
    const number = `BX-202611${String(day + 1).padStart(2, '0')}-${String(i + 1).padStart(4, '0')}`;
    const before = counts.get(day) ?? { resolved: 0, chosen: 0 };
    const decision = decide({ rate, score: samplingScore({ seed, register: 'repair-order', number }), before });
    counts.set(day, { resolved: decision.resolved, chosen: decision.chosenCount });
    decisions.push({ ...decision, day, number });
  });
  return decisions;
};

const arbitraryRun = fc.record({
  seed: fc.string({ minLength: 1, maxLength: 12 }),
  rate: fc.integer({ min: 0, max: 100 }),
  // Which of 14 days (two weeks) each resolution falls on, in resolution order.
  days: fc.array(fc.integer({ min: 0, max: 13 }), { minLength: 1, maxLength: 400 }),
});

describe('callback sampling (回访抽样)', () => {
  it('meets the rate on every day, after every single resolution', () => {
    fc.assert(
      fc.property(arbitraryRun, ({ seed, rate, days }) => {
        const decisions = simulate({ seed, rate, days });
        for (const d of decisions) {
          expect(d.chosenCount).toBeGreaterThanOrEqual(requiredCount(rate, d.resolved));
          expect(d.chosenCount).toBeLessThanOrEqual(requiredCount(rate, d.resolved) + DEFAULT_SLACK);
        }
      }),
    );
  });

  it('meets the rate over every week', () => {
    fc.assert(
      fc.property(arbitraryRun, ({ seed, rate, days }) => {
        const decisions = simulate({ seed, rate, days });
        for (const week of [0, 1]) {
          const inWeek = decisions.filter((d) => Math.floor(d.day / 7) === week);
          const chosen = inWeek.filter((d) => d.chosen).length;
          expect(chosen * 100).toBeGreaterThanOrEqual(rate * inWeek.length);
        }
      }),
    );
  });

  it('chooses the same records for the same seed, and others for another seed', () => {
    fc.assert(
      fc.property(arbitraryRun, ({ seed, rate, days }) => {
        const chosen = (s: string) =>
          simulate({ seed: s, rate, days })
            .filter((d) => d.chosen)
            .map((d) => d.number);
        expect(chosen(seed)).toEqual(chosen(seed));
      }),
    );
    const days = Array.from({ length: 200 }, (_, i) => i % 5);
    const pick = (s: string) =>
      simulate({ seed: s, rate: 30, days })
        .filter((d) => d.chosen)
        .map((d) => d.number);
    expect(pick('one')).not.toEqual(pick('two'));
  });

  it('calls back every record at 100% and none beyond the top-ups at 0%', () => {
    const days = Array.from({ length: 50 }, () => 0);
    expect(simulate({ seed: 's', rate: 100, days }).every((d) => d.chosen && d.reason === 'all')).toBe(true);
    expect(simulate({ seed: 's', rate: 0, days }).some((d) => d.chosen)).toBe(false);
  });

  it('does not pick the first records of the day: most choices are the hash draw', () => {
    const days = Array.from({ length: 1000 }, (_, i) => i % 10);
    const decisions = simulate({ seed: 'wuyedesk', rate: 30, days });
    const chosen = decisions.filter((d) => d.chosen);
    expect(chosen.filter((d) => d.reason === 'sample').length / chosen.length).toBeGreaterThan(0.8);
    // Spread over the whole day, not bunched at its start.
    const positions = chosen.map((d) => d.resolved);
    expect(positions.filter((p) => p > 50).length).toBeGreaterThan(chosen.length * 0.4);
  });

  it('gives a day of 100 repairs at 30% between 30 and 40 callbacks, whatever the seed', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (seed) => {
        const count = simulate({ seed, rate: 30, days: Array.from({ length: 100 }, () => 0) }).filter(
          (d) => d.chosen,
        ).length;
        expect(count).toBeGreaterThanOrEqual(30);
        expect(count).toBeLessThanOrEqual(40);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a uniform score in [0, 1)', () => {
    const scores = Array.from({ length: 10_000 }, (_, i) =>
      samplingScore({ seed: 'x', register: 'repair-order', number: `BX-${i}` }),
    );
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...scores)).toBeLessThan(1);
    const below = scores.filter((s) => s < 0.3).length / scores.length;
    expect(below).toBeGreaterThan(0.28);
    expect(below).toBeLessThan(0.32);
  });
});
