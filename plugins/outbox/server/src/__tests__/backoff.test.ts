import { retryDelayMs } from '../backoff';

describe('retry back-off', () => {
  it.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [7, 1_920_000],
    [8, 3_600_000],
    [50, 3_600_000],
  ])('after %i failed attempts waits %i ms', (attempts, delay) => {
    expect(retryDelayMs({ attempts })).toBe(delay);
  });

  it('refuses attempts below 1', () => {
    expect(() => retryDelayMs({ attempts: 0 })).toThrow(RangeError);
  });
});
