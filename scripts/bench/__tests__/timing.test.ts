import { summarize } from '../timing';

describe('summarize', () => {
  it('reports the median and the nearest-rank 95th percentile of 20 runs', () => {
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(summarize(samples)).toEqual({ median: 10.5, p95: 19, min: 1, runs: 20 });
  });
});
