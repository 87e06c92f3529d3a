import { summarize, type Timing } from './timing';

/**
 * `clients` loops sending `work` back to back (as that many browsers would), after `warmup`
 * untimed calls each; the timing is over every request's latency.
 */
export const timeConcurrent = async ({
  clients,
  warmup,
  runs,
  work,
}: {
  clients: number;
  warmup: number;
  runs: number;
  work: () => Promise<unknown>;
}): Promise<Timing> => {
  const samples: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = 0; i < warmup; i++) await work();
      for (let i = 0; i < runs; i++) {
        const started = process.hrtime.bigint();
        await work();
        samples.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }),
  );
  return summarize(samples);
};
