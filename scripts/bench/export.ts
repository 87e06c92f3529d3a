/**
 * Benchmark (prints figures; not a test): the streaming Excel export against an in-memory
 * exceljs export of the same rows, on 100,000 and 1,000,000 complaints. Each side runs in a
 * server process of its own (export-stream-server.cjs: the compiled CMS as production runs it;
 * export-server.ts for the in-memory side) so each peak RSS is that side's alone; the
 * streaming export must stay under 300 MB at 1,000,000 rows.
 *
 *   npx tsx scripts/bench/export.ts [--counts 100000,1000000] [--memory-limit-mb 3072] [--skip-memory-above 1000000]
 *
 * Run `npm run build` first. Data: the bulk generator (as `npm run generate`) into a scratch
 * SQLite database per count, dropped afterwards.
 */
import { spawn } from 'child_process';
import path from 'path';
import { parseArgs } from 'util';
import { bootStrapi } from '../lib/boot-strapi';
import { createScratchDatabase } from '../lib/scratch-database';
import { generateRecords } from '../generate/generate';
import { complaintGenerator } from '../generate/registers/complaint';
import { DEFAULT_DEMO_PASSWORD } from '../../cms/src/seed/users';

const STREAM_BUDGET_MB = 300;

const { values } = parseArgs({
  options: { counts: { type: 'string' }, 'memory-limit-mb': { type: 'string' }, 'skip-memory-above': { type: 'string' }, 'stream-node-flags': { type: 'string' }, 'skip-memory': { type: 'boolean' } },
});
const counts = (values.counts ?? '100000,1000000').split(',').map(Number);
const memoryLimitMb = Number(values['memory-limit-mb'] ?? 3072);
const skipMemoryAbove = values['skip-memory'] ? 0 : Number(values['skip-memory-above'] ?? Infinity);
/** Node flags of the streaming server (as a deployment would set them); none by default. */
const streamNodeFlags = (values['stream-node-flags'] ?? '').split(' ').filter(Boolean);

interface Outcome {
  mode: string; rows?: number; bytes?: number; seconds?: number; afterBootMb?: number; peakMb?: number; error?: string;
  atPeak?: { heapUsedMb: number; heapTotalMb: number; externalMb: number; arrayBuffersMb: number };
}

/** The client side of the streaming run: logs in as staff and downloads the export, counting bytes. */
const download = async (base: string) => {
  const login = await fetch(`${base}/api/auth/local`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: 'staff', password: process.env.WUYEDESK_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD }),
  });
  const { jwt } = (await login.json()) as { jwt: string };
  const started = Date.now();
  const res = await fetch(`${base}/api/exports/complaints.xlsx`, { headers: { authorization: `Bearer ${jwt}` } });
  if (!res.ok || !res.body) throw new Error(`export → ${res.status}`);
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
  return { bytes, seconds: (Date.now() - started) / 1000 };
};

/** Runs one side in a child process with the scratch database's environment. */
const side = (mode: 'stream' | 'memory', env: Record<string, string>, heapMb: number) =>
  new Promise<Outcome>((resolve) => {
    const script = mode === 'stream' ? ['export-stream-server.cjs'] : ['--import', 'tsx', 'export-server.ts', '--mode', 'memory'];
    const args = script.map((a) => (a.includes('.') && !a.startsWith('-') ? path.join(__dirname, a) : a));
    const flags = mode === 'stream' && streamNodeFlags.length ? streamNodeFlags : [`--max-old-space-size=${heapMb}`];
    const child = spawn(process.execPath, [...flags, ...args], {
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
        download(`http://127.0.0.1:${port}`)
          .then((t) => (transfer = t))
          .catch((e: Error) => (err += e.message))
          .finally(() => child.stdin.write('done\n'));
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code, signal) => {
      const line = out.trim().split('\n').reverse().find((l) => l.startsWith('{"mode"'));
      if (line) return resolve({ ...(JSON.parse(line) as Outcome), ...(transfer ?? {}) });
      const reason = /heap out of memory|Allocation failed/i.test(err) ? `out of memory (heap limit ${heapMb} MB)` : `exit ${code ?? signal}: ${err.split('\n').filter(Boolean).slice(-2).join(' ')}`;
      resolve({ mode, error: reason });
    });
  });

const fmt = (o: Outcome) =>
  o.error
    ? `  ${o.mode.padEnd(8)} ${o.error}`
    : `  ${o.mode.padEnd(8)} ${String(o.rows?.toLocaleString('en')).padStart(10)} rows  ${o.seconds?.toFixed(1).padStart(7)} s  ` +
      `${Math.round((o.rows ?? 0) / (o.seconds || 1)).toLocaleString('en').padStart(8)} rows/s  peak RSS ${Math.round(o.peakMb ?? 0)} MB ` +
      `(after boot ${Math.round(o.afterBootMb ?? 0)} MB)  file ${((o.bytes ?? 0) / 2 ** 20).toFixed(1)} MB` +
      (o.atPeak ? `\n           at the peak: V8 heap ${o.atPeak.heapUsedMb}/${o.atPeak.heapTotalMb} MB used/reserved, buffers ${o.atPeak.arrayBuffersMb} MB` : '');

const main = async () => {
  for (const count of counts) {
    const database = await createScratchDatabase('sqlite', 'wuyedesk_bench_export');
    try {
      const strapi = await bootStrapi({ env: { ...database.env, WUYEDESK_SEED: 'minimal' } });
      const generated = await generateRecords({ strapi, generator: complaintGenerator, count, days: 365, seed: 1, until: new Date() });
      await strapi.destroy();
      console.log(`\n━━━ ${count.toLocaleString('en')} complaints (SQLite), generated in ${(generated.elapsedMs / 1000).toFixed(0)} s ━━━`);
      if (streamNodeFlags.length) console.log(`  streaming server's node flags: ${streamNodeFlags.join(' ')}`);
      const stream = await side('stream', database.env, 1024);
      console.log(fmt(stream));
      const memory = count > skipMemoryAbove ? { mode: 'memory', error: `skipped above ${skipMemoryAbove.toLocaleString('en')} rows` } : await side('memory', database.env, memoryLimitMb);
      console.log(fmt(memory));
      if (stream.peakMb !== undefined && memory.peakMb !== undefined && memory.seconds && stream.seconds) {
        console.log(`  streaming: ${(memory.peakMb / stream.peakMb).toFixed(1)}× less peak memory, ${(memory.seconds / stream.seconds).toFixed(2)}× the in-memory speed`);
      }
      if (stream.peakMb !== undefined) {
        console.log(`  streaming peak ${Math.round(stream.peakMb)} MB ${stream.peakMb < STREAM_BUDGET_MB ? '<' : '≥'} ${STREAM_BUDGET_MB} MB budget: ${stream.peakMb < STREAM_BUDGET_MB ? 'OK' : 'OVER'}`);
      }
    } finally {
      await database.drop();
    }
  }
  process.exit(0);
};

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
