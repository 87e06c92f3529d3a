/**
 * Benchmark (prints figures; not a test): does a list over 100,000 records open in under a
 * second? Boots the CMS on a scratch database, generates the records with the generator,
 * logs in as `staff` and times the panel's own list requests over HTTP, next to the same
 * first page as bare SQL and on a 1,000-record table.
 *
 *   npx tsx scripts/bench/list-records.ts [--postgres] [--count 100000] [--small 1000]
 *     [--runs 20] [--warmup 5] [--seed 1] [--explain]
 *
 * Run `npm run build` first. --postgres also runs it on a scratch PostgreSQL database
 * (DATABASE_URL's server, default 127.0.0.1:5432), dropped afterwards.
 */
import type { AddressInfo } from 'net';
import { parseArgs } from 'util';
import { complaintRegister } from '@wuyedesk/contracts';
import { bootStrapi } from '../lib/boot-strapi';
import { createScratchDatabase, type ScratchDatabaseKind } from '../lib/scratch-database';
import { generateRecords } from '../generate/generate';
import { peakRss, formatMb } from '../generate/progress';
import { complaintGenerator } from '../generate/registers/complaint';
import { repairOrderGenerator } from '../generate/registers/repair-order';
import { loginAs } from './panel-client';
import { bareFirstPage } from './sql-baseline';
import { captureQueries, slowestQuery } from './sql-probe';
import { listScenarios, type ScenarioKey } from './scenarios';
import { ms, timeRuns, type Timing } from './timing';

const BUDGET_MS = 1000;

interface Options {
  count: number;
  small: number;
  runs: number;
  warmup: number;
  seed: number;
  explain: boolean;
}

const options = (): Options & { kinds: ScratchDatabaseKind[] } => {
  const { values } = parseArgs({
    options: {
      postgres: { type: 'boolean' }, count: { type: 'string' }, small: { type: 'string' }, runs: { type: 'string' },
      warmup: { type: 'string' }, seed: { type: 'string' }, explain: { type: 'boolean' },
    },
  });
  const number = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Number(value));
  return {
    kinds: values.postgres ? ['sqlite', 'postgres'] : ['sqlite'],
    count: number(values.count, 100_000),
    small: number(values.small, 1000),
    runs: number(values.runs, 20),
    warmup: number(values.warmup, 5),
    seed: number(values.seed, 1),
    explain: values.explain ?? false,
  };
};

const row = (label: string, timing: Timing, extra = '') =>
  `  ${label.padEnd(44)} ${ms(timing.median).padStart(8)} ${ms(timing.p95).padStart(8)}  ${extra}`;

const benchDatabase = async (kind: ScratchDatabaseKind, opts: Options) => {
  const database = await createScratchDatabase(kind, 'wuyedesk_bench');
  const booted = Date.now();
  const strapi = await bootStrapi({ env: { ...database.env, WUYEDESK_SEED: 'minimal' } });
  try {
    console.log(`\n━━━ ${kind} ━━━ CMS ready in ${((Date.now() - booted) / 1000).toFixed(1)} s`);
    const until = new Date();
    const big = await generateRecords({ strapi, generator: complaintGenerator, count: opts.count, days: 365, seed: opts.seed, until });
    const small = await generateRecords({ strapi, generator: repairOrderGenerator, count: opts.small, days: 365, seed: opts.seed, until });
    console.log(
      `Generated ${big.count.toLocaleString('en')} complaints in ${(big.elapsedMs / 1000).toFixed(1)} s ` +
        `(${Math.round(big.count / (big.elapsedMs / 1000)).toLocaleString('en')} records/s) and ${small.count.toLocaleString('en')} repair orders (the small table)`,
    );
    await new Promise<void>((resolve) => strapi.server.listen(0, '127.0.0.1', () => resolve()));
    // Between scenarios the benchmark re-runs SQL for seconds: keep the client's idle keep-alive
    // socket open meanwhile (Node closes it after 5 s, racing fetch's reuse: "fetch failed").
    strapi.server.httpServer.keepAliveTimeout = 120_000;
    const { port } = strapi.server.httpServer.address() as AddressInfo;
    const client = await loginAs(`http://127.0.0.1:${port}`, 'staff');
    console.log(`  ${'request (as staff, over HTTP)'.padEnd(44)} ${'median'.padStart(8)} ${'p95'.padStart(8)}  ms; rows found; SQL statements; slowest statement alone`);
    const medians: Partial<Record<ScenarioKey, number>> = {};
    for (const scenario of await listScenarios(strapi)) {
      const request = () => client.get(scenario.path, scenario.query);
      const timing = await timeRuns({ warmup: opts.warmup, runs: opts.runs, work: request });
      medians[scenario.key] = timing.median;
      const answer = await request();
      const queries = await captureQueries(strapi, request);
      const slowest = await slowestQuery(strapi, queries);
      const verdict = timing.p95 < BUDGET_MS ? '' : '  OVER 1 s';
      console.log(row(scenario.label, timing, `${answer.total ?? answer.rows} found; ${queries.length} SQL; slowest ${slowest ? ms(slowest.timing.median) : '-'} ms${verdict}`));
      if (slowest && (opts.explain || timing.median > 100)) {
        console.log(`      slowest: ${slowest.sql.slice(0, 400)}`);
        for (const line of slowest.plan) console.log(`      plan: ${line}`);
      }
    }
    const bare = await timeRuns({ warmup: opts.warmup, runs: opts.runs, work: bareFirstPage(strapi, complaintRegister) });
    console.log(row('bare SQL first page + count (knex)', bare));
    const first = medians['first-page'] ?? NaN;
    const smallFirst = medians['small-first-page'] ?? NaN;
    console.log(
      `  First page over HTTP / bare SQL: ${(first / bare.median).toFixed(1)}×; ` +
        `${opts.count.toLocaleString('en')} complaints / ${opts.small.toLocaleString('en')} repair orders: ${(first / smallFirst).toFixed(2)}×. ` +
        `Peak RSS ${formatMb(peakRss())}`,
    );
  } finally {
    await strapi.destroy();
    await database.drop();
  }
};

const main = async () => {
  const opts = options();
  console.log(`List benchmark: ${opts.count.toLocaleString('en')} complaints, ${opts.warmup} warm-up + ${opts.runs} timed runs per request, one at a time`);
  for (const kind of opts.kinds) await benchDatabase(kind, opts);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
