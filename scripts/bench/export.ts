/**
 * Benchmark (prints figures; not a test): the product's Excel export of every complaint against
 * the bare stream of the same rows and cells, in the same run.
 *
 * - product: the compiled CMS as production runs it (export-stream-server.cjs, no heap flag), the
 *   export downloaded over HTTP by this process as `staff` (the list's columns and order). Its
 *   idle RSS (booted, 3 s quiet) and its peak RSS during the export are printed.
 * - bare: export-bare.cjs — one better-sqlite3 `iterate()` over the joined rows into exceljs's
 *   WorkbookWriter, waiting for drain; no CMS.
 *
 * Both files' sheet XML are compared byte for byte (the bare side writes what the product writes).
 * Goals (issue 17): product ≥ 0.8× the bare rows/s (≥ 1× with cached styles); the export adds at
 * most 64 MB to the server's idle RSS.
 *
 *   npx tsx scripts/bench/export.ts --database /tmp/complaints-1m.db [--rounds 2]
 *   npx tsx scripts/bench/export.ts --count 100000          # generates into a scratch database first
 *
 * Run `npm run build` first. Data: `npm run generate -- --register complaint --count 1000000
 * --database-url sqlite:/tmp/complaints-1m.db` (~3 min here), or --count.
 */
import { execFileSync, spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { parseArgs } from 'util';
import { bootStrapi } from '../lib/boot-strapi';
import { createScratchDatabase } from '../lib/scratch-database';
import { generateRecords } from '../generate/generate';
import { complaintRegister } from '@wuyedesk/contracts';
import { complaintGenerator } from '../generate/registers/complaint';
import { DEFAULT_DEMO_PASSWORD } from '../../cms/src/seed/users';

const RSS_BUDGET_MB = 64;

const { values } = parseArgs({
  options: { database: { type: 'string' }, count: { type: 'string' }, rounds: { type: 'string' }, 'skip-bare': { type: 'boolean' } },
});
const rounds = Math.max(1, Number(values.rounds ?? 1));

interface Outcome {
  mode: 'product' | 'bare'; rows?: number; bytes?: number; seconds?: number; cpuSeconds?: number; afterBootMb?: number; peakMb?: number; error?: string; file?: string;
  atPeak?: { heapUsedMb: number; heapTotalMb: number; externalMb: number; arrayBuffersMb: number };
}

const scratchDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wuyedesk-bench-export-'));

/** Logs in as staff and downloads the export into a file, timing first request to last byte. */
const download = async (base: string, file: string) => {
  const login = await fetch(`${base}/api/auth/local`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: 'staff', password: process.env.WUYEDESK_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD }),
  });
  const { jwt } = (await login.json()) as { jwt: string };
  const started = process.hrtime.bigint();
  const res = await fetch(`${base}/api/exports/${complaintRegister.pluralName}.xlsx`, { headers: { authorization: `Bearer ${jwt}` } });
  if (!res.ok || !res.body) throw new Error(`export → ${res.status}`);
  const out = fs.createWriteStream(file);
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return { bytes, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
};

/** The product: the CMS in a child process; this process is its HTTP client. */
const product = (env: Record<string, string>, file: string) =>
  new Promise<Outcome>((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'export-stream-server.cjs')], {
      env: { ...process.env, ...env, WUYEDESK_SEED: 'none' }, stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let transfer: { bytes: number; seconds: number } | null = null;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const ready = out.split('\n').find((l) => l.startsWith('{"ready"'));
      if (ready && !transfer) {
        transfer = { bytes: 0, seconds: 0 };
        const { port } = JSON.parse(ready) as { port: number };
        download(`http://127.0.0.1:${port}`, file)
          .then((t) => (transfer = t))
          .catch((e: Error) => (err += e.message))
          .finally(() => child.stdin.write('done\n'));
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code, signal) => {
      const line = out.trim().split('\n').reverse().find((l) => l.startsWith('{"mode"'));
      if (line && !err) return resolve({ ...(JSON.parse(line) as Outcome), ...(transfer ?? {}), mode: 'product', file });
      resolve({ mode: 'product', error: `exit ${code ?? signal}: ${err.split('\n').filter(Boolean).slice(-3).join(' ')}` });
    });
  });

/** The floor: better-sqlite3 iterate() → exceljs WorkbookWriter, in a child process of its own. */
const bare = (databaseFile: string, file: string) =>
  new Promise<Outcome>((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'export-bare.cjs'), databaseFile, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      const line = out.trim().split('\n').reverse().find((l) => l.startsWith('{"mode"'));
      resolve(line ? { ...(JSON.parse(line) as Outcome), file } : { mode: 'bare', error: `exit ${code}: ${err.slice(-500)}` });
    });
  });

const rate = (o: Outcome) => (o.rows ?? 0) / (o.seconds || Infinity);
/** Rows per CPU-second of the exporting process: on a machine others load too, wall time says more about them. */
const cpuRate = (o: Outcome) => (o.rows ?? 0) / (o.cpuSeconds || Infinity);
const fmt = (o: Outcome) =>
  o.error
    ? `  ${o.mode.padEnd(8)} ${o.error}`
    : `  ${o.mode.padEnd(8)} ${String(o.rows?.toLocaleString('en')).padStart(10)} rows  ${o.seconds?.toFixed(1).padStart(6)} s  ` +
      `${Math.round(rate(o)).toLocaleString('en').padStart(8)} rows/s  (CPU ${o.cpuSeconds?.toFixed(1)} s: ${Math.round(cpuRate(o)).toLocaleString('en')} rows per CPU-second)  RSS idle ${Math.round(o.afterBootMb ?? 0)} MB, peak ${Math.round(o.peakMb ?? 0)} MB  ` +
      `file ${((o.bytes ?? 0) / 2 ** 20).toFixed(1)} MB` +
      (o.atPeak ? `\n           at the peak: V8 heap ${o.atPeak.heapUsedMb}/${o.atPeak.heapTotalMb} MB used/reserved, buffers ${o.atPeak.arrayBuffersMb} MB` : '');

/** sha256 of a workbook's sheet XML (unzip streams it; the file is never held in memory here). */
const sheetDigest = (file: string) =>
  execFileSync('sh', ['-c', `unzip -p "$0" xl/worksheets/sheet1.xml | sha256sum | cut -c1-16`, file], { encoding: 'utf8' }).trim();

const prepare = async (): Promise<{ env: Record<string, string>; file: string; drop: () => Promise<void> }> => {
  if (values.database) {
    const file = path.resolve(values.database);
    if (!fs.existsSync(file)) throw new Error(`--database ${file}: no such file`);
    return { env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file }, file, drop: async () => undefined };
  }
  const count = Number(values.count ?? 100_000);
  const database = await createScratchDatabase('sqlite', 'wuyedesk_bench_export');
  const strapi = await bootStrapi({ env: { ...database.env, WUYEDESK_SEED: 'minimal' } });
  const generated = await generateRecords({ strapi, generator: complaintGenerator, count, days: 365, seed: 1, until: new Date() });
  await strapi.destroy();
  console.log(`generated ${count.toLocaleString('en')} complaints in ${(generated.elapsedMs / 1000).toFixed(0)} s`);
  return { env: database.env, file: database.env.DATABASE_FILENAME, drop: database.drop };
};

const main = async () => {
  const data = await prepare();
  try {
    console.log(`\n━━━ export of every complaint (SQLite ${path.basename(data.file)}), ${rounds} round(s), no heap flag ━━━`);
    const products: Outcome[] = [];
    const bares: Outcome[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      const p = await product(data.env, path.join(scratchDir, `product-${round}.xlsx`));
      console.log(fmt(p));
      products.push(p);
      if (values['skip-bare']) continue;
      const b = await bare(data.file, path.join(scratchDir, `bare-${round}.xlsx`));
      console.log(fmt(b));
      bares.push(b);
    }
    if (values['skip-bare']) return;
    const best = (list: Outcome[]) => list.filter((o) => !o.error).sort((a, b) => rate(b) - rate(a))[0];
    const p = best(products);
    const b = best(bares);
    if (!p || !b) throw new Error('a side failed');
    const same = sheetDigest(p.file!) === sheetDigest(b.file!);
    console.log(`  sheet XML of product and bare: ${same ? 'byte-identical' : 'DIFFERENT'}`);
    console.log(`  product / bare rows per second (best of ${rounds}): ${(rate(p) / rate(b)).toFixed(2)}× wall clock, ${(cpuRate(p) / cpuRate(b)).toFixed(2)}× per CPU-second   (goal ≥ 0.8×, ≥ 1× with cached styles)`);
    console.log(`  machine load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
    const added = (p.peakMb ?? 0) - (p.afterBootMb ?? 0);
    console.log(`  server RSS: idle ${Math.round(p.afterBootMb ?? 0)} MB, peak during the export ${Math.round(p.peakMb ?? 0)} MB: the export adds ${Math.round(added)} MB ` +
      `(${added <= RSS_BUDGET_MB ? '≤' : '>'} ${RSS_BUDGET_MB} MB: ${added <= RSS_BUDGET_MB ? 'OK' : 'OVER'})`);
  } finally {
    fs.rmSync(scratchDir, { recursive: true, force: true });
    await data.drop();
  }
  process.exit(0);
};

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
