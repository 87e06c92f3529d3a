/**
 * How long `npm start` takes until /_health answers: once after forgetting the build stamps (what
 * every start cost before builds were skipped), then twice with no change (what a restart costs).
 * Uses its own port and its own database file so a running desk is not disturbed.
 *
 *   npx tsx scripts/bench/start-up.ts [--no-cold]
 */
import { spawn } from 'child_process';
import { rmSync } from 'fs';
import path from 'path';
import { ROOT } from '../lib/run';

const PORT = Number(process.env.BENCH_PORT ?? 13370);
const DB = process.env.BENCH_DATABASE_FILENAME ?? 'data/bench-start-up.db';

const healthy = async () => {
  try {
    const res = await fetch(`http://127.0.0.1:${PORT}/_health`);
    return res.status < 300;
  } catch {
    return false;
  }
};

const timeOneStart = async (label: string) => {
  const started = Date.now();
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATABASE_FILENAME: DB,
      SMTP_HOST: process.env.SMTP_HOST ?? '127.0.0.1',
    },
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  while (!(await healthy())) {
    if (exited) throw new Error(`${label}: npm start exited before /_health answered`);
    if (Date.now() - started > 20 * 60_000) throw new Error(`${label}: no /_health after 20 minutes`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`${label.padEnd(44)} /_health after ${seconds.toFixed(1)} s`);
  if (child.pid) process.kill(-child.pid, 'SIGTERM');
  await new Promise((r) => (exited ? r(null) : child.on('exit', r)));
  return seconds;
};

const main = async () => {
  if (!process.argv.includes('--no-cold')) {
    rmSync(path.join(ROOT, 'cms', 'dist', '.wuyedesk-build.json'), { force: true });
    rmSync(path.join(ROOT, 'admin', 'dist', '.wuyedesk-build.json'), { force: true });
    await timeOneStart('start after a change (build stamps removed)');
  }
  const warm = [await timeOneStart('second start, no change'), await timeOneStart('third start, no change')];
  console.log(`restart without change: ${Math.max(...warm).toFixed(1)} s (goal: under 20 s)`);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
