/**
 * `npm test`: builds, then runs every suite — ESLint (no warnings allowed), unit tests (the panel's included), the CMS
 * integration tests on SQLite and on PostgreSQL (when a server answers), and the panel in a
 * real browser (headless Debian Chromium against the built panel and a real CMS) — and ends
 * with one line "N passed, N failed" over all of them.
 *
 * The browser phase installs Debian's chromium and fonts-wqy-zenhei when they are missing and
 * it can (root with apt-get); otherwise it fails with the command to run. It is never skipped.
 *
 *   WUYEDESK_TEST_POSTGRES=require   fail instead of skipping when PostgreSQL does not answer (CI)
 *   WUYEDESK_TEST_POSTGRES=skip      SQLite only
 *   DATABASE_URL=postgres://…        the PostgreSQL server to test against (default 127.0.0.1:5432)
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';
import { buildAll } from './build';
import { ensureBrowser } from './lib/browser';
import { ROOT } from './lib/run';

interface Phase {
  name: string;
  cwd: string;
  args: string[];
  env?: Record<string, string>;
}

interface Outcome {
  name: string;
  passed: number;
  failed: number;
  ok: boolean;
  seconds?: number;
}

const reportDir = mkdtempSync(path.join(os.tmpdir(), 'wuyedesk-test-report-'));

const runJest = (phase: Phase): Outcome => {
  const report = path.join(reportDir, `${phase.name.replace(/\W+/g, '-')}.json`);
  console.log(`\n━━━ ${phase.name} ━━━`);
  const started = Date.now();
  const result = spawnSync('npx', ['jest', ...phase.args, '--json', `--outputFile=${report}`], {
    cwd: path.join(ROOT, phase.cwd),
    stdio: 'inherit',
    env: { ...process.env, ...phase.env },
  });
  const seconds = (Date.now() - started) / 1000;
  if (!existsSync(report)) return { name: phase.name, passed: 0, failed: 1, ok: false, seconds };
  const summary = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
  // A suite that fails to load counts no failed test but must still fail the run.
  const ok = result.status === 0 && summary.numTotalTests > 0;
  return { name: phase.name, passed: summary.numPassedTests, failed: summary.numFailedTests + (ok || summary.numFailedTests ? 0 : 1), ok, seconds };
};

/** ESLint over every workspace; a warning fails the run as an error does. */
const runLint = (): Outcome => {
  console.log('\n━━━ lint ━━━');
  const started = Date.now();
  const result = spawnSync('npx', ['eslint', '.', '--max-warnings=0'], { cwd: ROOT, stdio: 'inherit' });
  const ok = result.status === 0;
  return { name: 'lint', passed: ok ? 1 : 0, failed: ok ? 0 : 1, ok, seconds: (Date.now() - started) / 1000 };
};

/** The panel in headless Chromium; a browser that cannot be had is a failure, never a skip. */
const runBrowserTests = (): Outcome => {
  const name = 'panel in the browser';
  const missing = ensureBrowser();
  if (missing) {
    console.error(`\n━━━ ${name} ━━━\n${missing}`);
    return { name, passed: 0, failed: 1, ok: false };
  }
  return runJest({ name, cwd: 'admin', args: ['-c', 'jest.browser.config.cjs'] });
};

const postgresAnswers = (): Promise<{ ok: boolean; where: string }> => {
  const url = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
  const where = `${url.hostname}:${url.port || 5432}`;
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 5432) });
    socket.setTimeout(2000);
    socket.once('connect', () => { socket.end(); resolve({ ok: true, where }); });
    socket.once('error', () => resolve({ ok: false, where }));
    socket.once('timeout', () => { socket.destroy(); resolve({ ok: false, where }); });
  });
};

const main = async () => {
  buildAll({ panel: true });
  const outcomes: Outcome[] = [runLint()];
  outcomes.push(runJest({ name: 'unit tests', cwd: '.', args: [] }));
  outcomes.push(runJest({ name: 'CMS on SQLite', cwd: 'cms', args: [], env: { WUYEDESK_TEST_DB: 'sqlite' } }));

  const mode = process.env.WUYEDESK_TEST_POSTGRES ?? 'auto';
  if (mode !== 'skip') {
    const postgres = await postgresAnswers();
    if (postgres.ok) {
      outcomes.push(runJest({ name: 'CMS on PostgreSQL', cwd: 'cms', args: [], env: { WUYEDESK_TEST_DB: 'postgres' } }));
    } else if (mode === 'require') {
      console.error(`\nPostgreSQL does not answer at ${postgres.where} and WUYEDESK_TEST_POSTGRES=require.`);
      outcomes.push({ name: 'CMS on PostgreSQL', passed: 0, failed: 1, ok: false });
    } else {
      console.log(`\nPostgreSQL does not answer at ${postgres.where}: its run is skipped (set DATABASE_URL, or start a server).`);
    }
  }
  outcomes.push(runBrowserTests());

  console.log('\n━━━ Summary ━━━');
  for (const o of outcomes) {
    const time = o.seconds === undefined ? '' : ` (${o.seconds.toFixed(0)} s)`;
    console.log(`${o.ok ? 'ok  ' : 'FAIL'}  ${o.name}: ${o.passed} passed, ${o.failed} failed${time}`);
  }
  const passed = outcomes.reduce((n, o) => n + o.passed, 0);
  const failed = outcomes.reduce((n, o) => n + o.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(outcomes.every((o) => o.ok) ? 0 : 1);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
