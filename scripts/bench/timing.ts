export interface Timing {
  median: number;
  p95: number;
  min: number;
  runs: number;
}

/** Nearest-rank percentile of sorted samples: with 20 runs, p95 is the 19th. */
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export const summarize = (samples: readonly number[]): Timing => {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, p95: percentile(sorted, 95), min: sorted[0], runs: sorted.length };
};

/** Runs `work` `warmup` times untimed (caches, JIT, statement caches), then `runs` times, one after another. */
export const timeRuns = async ({ warmup, runs, work }: { warmup: number; runs: number; work: () => Promise<unknown> }): Promise<Timing> => {
  for (let i = 0; i < warmup; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return summarize(samples);
};

export const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
