import { shanghaiDay } from '@wuyedesk/contracts';
import { createRandom } from '../../../cms/src/seed/random';
import { instantsOfDay, planDays } from '../day-plan';

// 2026-11-24 19:30 in Shanghai: most of today has passed.
const NOW = new Date('2026-11-24T11:30:00Z');

describe('planDays', () => {
  it('spreads exactly the requested number of records over the requested days, oldest first', () => {
    const plan = planDays({ random: createRandom(1), count: 100_003, days: 365, now: NOW });
    expect(plan).toHaveLength(365);
    expect(plan.reduce((sum, day) => sum + day.count, 0)).toBe(100_003);
    expect(plan[364].day).toBe('20261124');
    expect(plan[0].day).toBe('20251125');
  });

  it('gives each Shanghai day its own window, today ending now', () => {
    const plan = planDays({ random: createRandom(1), count: 1000, days: 3, now: NOW });
    for (const day of plan) expect(shanghaiDay(new Date(day.start))).toBe(day.day);
    expect(plan[2].end).toBe(NOW.getTime());
    expect(plan[1].end).toBe(plan[2].start);
  });

  it('makes the same plan from the same seed', () => {
    const once = planDays({ random: createRandom(7), count: 5000, days: 30, now: NOW });
    const again = planDays({ random: createRandom(7), count: 5000, days: 30, now: NOW });
    expect(again).toEqual(once);
  });
});

describe('instantsOfDay', () => {
  it('puts a day\'s records in ascending order inside its window, none in the future', () => {
    const random = createRandom(3);
    const [today] = planDays({ random, count: 5000, days: 1, now: NOW });
    const instants = instantsOfDay(random, today);
    expect(instants).toHaveLength(5000);
    for (let i = 1; i < instants.length; i++) expect(instants[i]).toBeGreaterThanOrEqual(instants[i - 1]);
    expect(instants[0]).toBeGreaterThanOrEqual(today.start);
    expect(instants[instants.length - 1]).toBeLessThan(NOW.getTime());
  });
});
