import { createRandom } from '../../../cms/src/seed/random';
import { HANDLING_STEPS, handlingLife } from '../handling-life';

const NOW = new Date('2026-11-24T11:30:00Z');
const DAY = 86_400_000;

const lives = (count: number, keepOpen = false) => {
  const random = createRandom(11);
  return Array.from({ length: count }, () => {
    const receivedAt = new Date(NOW.getTime() - random.next() * 60 * DAY);
    return { receivedAt, life: handlingLife({ random, receivedAt, now: NOW, dueAt: new Date(receivedAt.getTime() + 30 * 60_000), keepOpen }) };
  });
};

describe('handlingLife', () => {
  it('stamps the steps a record went through in order, between intake and now', () => {
    for (const { receivedAt, life } of lives(5000)) {
      const stamps = HANDLING_STEPS.map((s) => life.stamps[s.stamp]).filter((at): at is Date => at !== undefined);
      expect(stamps).toHaveLength(life.status === 'void' ? 0 : life.reached);
      let previous = receivedAt.getTime();
      for (const at of stamps) {
        expect(at.getTime()).toBeGreaterThanOrEqual(previous);
        previous = at.getTime();
      }
      expect(life.lastChangeAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
  });

  it('names the status after the last step taken', () => {
    for (const { life } of lives(2000)) {
      if (life.status === 'void') expect(life.stamps.voidedAt).toBeDefined();
      else expect(life.status).toBe(life.reached ? HANDLING_STEPS[life.reached - 1].status : 'received');
    }
  });

  it('closes most work that is weeks old', () => {
    const old = lives(5000).filter(({ receivedAt }) => NOW.getTime() - receivedAt.getTime() > 30 * DAY);
    const closed = old.filter(({ life }) => life.status === 'closed').length;
    expect(closed / old.length).toBeGreaterThan(0.95);
  });

  it('keeps a record whose deadline falls about now open between dispatched and in progress', () => {
    for (const { life } of lives(500, true)) expect(['dispatched', 'accepted', 'in_progress']).toContain(life.status);
  });
});
