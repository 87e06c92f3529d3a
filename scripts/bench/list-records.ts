/**
 * Benchmark (prints figures; not a test): does a list's cost grow with the data, and how much
 * does the product add to its SQL? Boots the CMS on a scratch database twice — with `--small`
 * complaints, then with `--count` — and times the panel's own list requests over HTTP from 4
 * clients at once (median and p95 of every request): first page, status + dueAt, department
 * filter, a department head's row scope, quick search by phone digits and by name. Each is
 * printed against the same request on the small table (goal ≤ 1.5×) and against a bare route in
 * the same server that checks the token and runs the same SQL (goal ≤ 3×).
 *
 *   npx tsx scripts/bench/list-records.ts [--postgres] [--count 1000000] [--small 1000]
 *     [--runs 25] [--warmup 3] [--clients 4] [--seed 1] [--explain]
 *
 * --explain prints, for each scenario on the large table, its slowest statement and the
 * database's plan for it: where a request's time goes, and which index would serve it.
 *
 * Run `npm run build` first. --postgres also runs it on a scratch PostgreSQL database
 * (DATABASE_URL's server, default 127.0.0.1:5432), dropped afterwards.
 */
import type { AddressInfo } from 'net';
import { parseArgs } from 'util';
import { complaintRegister } from '@wuyedesk/contracts';
import { DEFAULT_DEMO_PASSWORD } from '../../cms/src/seed/users';
import { bootStrapi } from '../lib/boot-strapi';
import { createScratchDatabase, type ScratchDatabaseKind } from '../lib/scratch-database';
import { generateRecords } from '../generate/generate';
import { peakRss, formatMb } from '../generate/progress';
import { complaintGenerator } from '../generate/registers/complaint';
import { registerBareRoute } from './bare-route';
import { timeConcurrent } from './concurrent';
import { loginAs } from './panel-client';
import { listQuery } from './panel-queries';
import { captureQueries, slowestQuery } from './sql-probe';
import { listScenarios } from './scenarios';
import { ms, type Timing } from './timing';

interface Options {
  count: number;
  small: number;
  runs: number;
  warmup: number;
  clients: number;
  seed: number;
  explain: boolean;
}

const options = (): Options & { kinds: ScratchDatabaseKind[] } => {
  const { values } = parseArgs({
    options: {
      postgres: { type: 'boolean' },
      count: { type: 'string' },
      small: { type: 'string' },
      runs: { type: 'string' },
      warmup: { type: 'string' },
      clients: { type: 'string' },
      seed: { type: 'string' },
      explain: { type: 'boolean' },
    },
  });
  const number = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Number(value));
  return {
    kinds: values.postgres ? ['sqlite', 'postgres'] : ['sqlite'],
    count: number(values.count, 100_000),
    small: number(values.small, 1000),
    runs: number(values.runs, 25),
    warmup: number(values.warmup, 3),
    clients: number(values.clients, 4),
    seed: number(values.seed, 1),
    explain: values.explain === true,
  };
};

const SCENARIOS = ['first-page', 'status', 'department', 'scope', 'search-digits', 'search-name'] as const;
type Key = (typeof SCENARIOS)[number];

interface Measured {
  label: string;
  product: Timing;
  bare: Timing;
  statements: number;
  found: number | null;
}

/** One database of `count` complaints: every scenario, product and bare. */
const measure = async (kind: ScratchDatabaseKind, count: number, opts: Options): Promise<Map<Key, Measured>> => {
  const database = await createScratchDatabase(kind, 'wuyedesk_bench');
  const strapi = await bootStrapi({ env: { ...database.env, WUYEDESK_SEED: 'minimal' } });
  try {
    const generated = await generateRecords({
      strapi,
      generator: complaintGenerator,
      count,
      days: 365,
      seed: opts.seed,
      until: new Date(),
    });
    console.log(
      `  ${kind}: generated ${generated.count.toLocaleString('en')} complaints in ${(generated.elapsedMs / 1000).toFixed(1)} s ` +
        `(${Math.round(generated.count / (generated.elapsedMs / 1000)).toLocaleString('en')} records/s, search index included)`,
    );
    const bare = registerBareRoute(strapi);
    await new Promise<void>((resolve) => strapi.server.listen(0, '127.0.0.1', () => resolve()));
    strapi.server.httpServer.keepAliveTimeout = 120_000;
    const { port } = strapi.server.httpServer.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const staff = await loginAs(base, 'staff');
    const head = await loginAs(base, 'dept-head');
    const token = await fetch(`${base}/api/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        identifier: 'staff',
        password: process.env.WUYEDESK_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
      }),
    }).then((r) => r.json() as Promise<{ jwt: string }>);
    const byKey = new Map((await listScenarios(strapi)).map((s) => [s.key as string, s]));
    const plan: Array<{ key: Key; label: string; request: () => Promise<{ total: number | null }> }> = [];
    for (const key of SCENARIOS) {
      if (key === 'scope') {
        plan.push({
          key,
          label: "department head's scope, first page",
          request: () => head.get('complaints', listQuery(complaintRegister)),
        });
        continue;
      }
      const scenario = byKey.get(key)!;
      plan.push({ key, label: scenario.label, request: () => staff.get(scenario.path, scenario.query) });
    }
    const results = new Map<Key, Measured>();
    for (const { key, label, request } of plan) {
      const product = await timeConcurrent({
        clients: opts.clients,
        warmup: opts.warmup,
        runs: opts.runs,
        work: request,
      });
      // Captured warm: what every request sends once the sign-in cache holds the user.
      let found: number | null = null;
      const statements = await captureQueries(strapi, async () => (found = (await request()).total));
      bare.set(key, statements);
      if (opts.explain && count > opts.small) {
        const slowest = await slowestQuery(strapi, statements);
        if (slowest) {
          console.log(`\n  ${label}: slowest statement ${ms(slowest.timing.median)} ms\n    ${slowest.sql}\n    ${JSON.stringify(slowest.bindings)}`);
          for (const line of slowest.plan) console.log(`      ${line}`);
        }
      }
      const bareRequest = async () => {
        const res = await fetch(`${base}/api/bench/bare/${key}`, { headers: { authorization: `Bearer ${token.jwt}` } });
        if (!res.ok) throw new Error(`bare ${key} → ${res.status}`);
        await res.text();
      };
      const bareTiming = await timeConcurrent({
        clients: opts.clients,
        warmup: opts.warmup,
        runs: opts.runs,
        work: bareRequest,
      });
      results.set(key, { label, product, bare: bareTiming, statements: statements.length, found });
    }
    console.log(`  peak RSS ${formatMb(peakRss())}`);
    return results;
  } finally {
    await strapi.destroy();
    await database.drop();
  }
};

const cell = (t: Timing) => `${ms(t.median).padStart(7)} ${ms(t.p95).padStart(7)}`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`.padStart(8);

const benchDatabase = async (kind: ScratchDatabaseKind, opts: Options) => {
  console.log(`\n━━━ ${kind} ━━━`);
  const small = await measure(kind, opts.small, opts);
  const big = await measure(kind, opts.count, opts);
  const n = (v: number) => (v >= 1_000_000 ? `${v / 1_000_000}M` : v >= 1000 ? `${v / 1000}k` : String(v));
  console.log(
    `\n  ${'request (4 clients; median p95 ms)'.padEnd(40)} ${`product ${n(opts.count)}`.padStart(15)} ${`product ${n(opts.small)}`.padStart(15)} ` +
      `${`${n(opts.count)}/${n(opts.small)}`.padStart(8)} ${`bare ${n(opts.count)}`.padStart(15)} ${'prod/bare'.padStart(9)}  SQL  found`,
  );
  for (const key of SCENARIOS) {
    const b = big.get(key)!;
    const s = small.get(key)!;
    console.log(
      `  ${b.label.slice(0, 40).padEnd(40)} ${cell(b.product)} ${cell(s.product)} ${ratio(b.product.median, s.product.median)} ` +
        `${cell(b.bare)} ${ratio(b.product.median, b.bare.median)}  ${String(b.statements).padStart(3)}  ${b.found ?? '-'}`,
    );
  }
  console.log(
    `  goals: ${n(opts.count)}/${n(opts.small)} ≤ 1.5×, prod/bare ≤ 3×, quick search at ${n(opts.count)} < 100 ms median`,
  );
};

const main = async () => {
  const opts = options();
  console.log(
    `List benchmark: ${opts.count.toLocaleString('en')} against ${opts.small.toLocaleString('en')} complaints, ` +
      `${opts.clients} clients × (${opts.warmup} warm-up + ${opts.runs} timed) requests per scenario`,
  );
  for (const kind of opts.kinds) await benchDatabase(kind, opts);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
