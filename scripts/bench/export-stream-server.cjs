/**
 * The streaming export server of the benchmark (export.ts), in plain JavaScript so the measured
 * process is what production runs — the compiled CMS, no TypeScript loader. Boots on the scratch
 * database the parent prepared (env), idles 3 s and prints `{ ready, port }`; the parent (another process,
 * so the client's buffers are not counted here) downloads the export over HTTP and then writes
 * a line to stdin: this process prints its peak RSS since boot and exits.
 */
const path = require('path');
const readline = require('readline');
const { createStrapi } = require('@strapi/strapi');

const CMS_DIR = path.join(__dirname, '..', '..', 'cms');

const main = async () => {
  process.loadEnvFile(path.join(CMS_DIR, '.env'));
  Object.assign(process.env, { STRAPI_TELEMETRY_DISABLED: 'true', LOG_LEVEL: 'warn', DEADLINE_SCHEDULER: 'false', OUTBOX_SENDER: 'false', MONTHLY_REPORT: 'false' });
  const strapi = await createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  await new Promise((resolve) => strapi.server.listen(0, '127.0.0.1', resolve));
  const rows = Number((await strapi.db.connection('complaints').count({ n: '*' }))[0].n);
  // Idle: booted, listening, a few seconds of nothing (what the desk weighs between requests).
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const afterBoot = process.memoryUsage.rss();
  let peak = afterBoot;
  let atPeak = process.memoryUsage();
  const timer = setInterval(() => {
    const rss = process.memoryUsage.rss();
    if (rss > peak) {
      peak = rss;
      atPeak = process.memoryUsage();
    }
  }, 50);
  const cpuAtReady = process.cpuUsage();
  console.log(JSON.stringify({ ready: true, port: strapi.server.httpServer.address().port, rows }));
  await new Promise((resolve) => readline.createInterface({ input: process.stdin }).once('line', resolve));
  // CPU seconds of this process during the export (all its threads: zlib runs in libuv's pool).
  const cpu = process.cpuUsage(cpuAtReady);
  clearInterval(timer);
  const mb = (n) => Math.round(n / 2 ** 20);
  console.log(JSON.stringify({
    mode: 'stream', rows, cpuSeconds: (cpu.user + cpu.system) / 1e6, afterBootMb: afterBoot / 2 ** 20, peakMb: Math.max(peak, process.memoryUsage.rss()) / 2 ** 20,
    atPeak: { heapUsedMb: mb(atPeak.heapUsed), heapTotalMb: mb(atPeak.heapTotal), externalMb: mb(atPeak.external), arrayBuffersMb: mb(atPeak.arrayBuffers) },
  }));
  await strapi.destroy();
  process.exit(0);
};

main().catch((error) => {
  console.log(JSON.stringify({ mode: 'stream', error: error.message }));
  process.exit(1);
});
