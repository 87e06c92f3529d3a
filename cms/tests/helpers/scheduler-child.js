/**
 * A second CMS instance on the test database, for the crash and multi-instance tests. It boots
 * Strapi (compiled dist), prints READY, waits for GO on stdin, runs one scheduler pass at RUN_AT
 * and prints FIRED <json>. With HOLD=1 it stops inside the pass's transaction, after the
 * steps were claimed and their mail queued, prints HOLDING <json> and waits to be killed.
 */
const path = require('path');
const readline = require('readline');
const { createStrapi } = require('@strapi/strapi');

const say = (line) => process.stdout.write(`${line}\n`);

(async () => {
  const appDir = path.resolve(__dirname, '..', '..');
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.load();
  say('READY');
  await new Promise((resolve) => readline.createInterface({ input: process.stdin }).on('line', (l) => l.trim() === 'GO' && resolve()));
  const hold = process.env.HOLD === '1';
  const fired = await strapi.plugin('deadlines').service('scheduler').runOnce({
    now: new Date(process.env.RUN_AT),
    beforeCommit: hold
      ? async (clocks, steps) => {
          say(`HOLDING ${JSON.stringify({ clockIds: clocks.map((c) => c.id), steps })}`);
          await new Promise(() => {});
        }
      : undefined,
  });
  say(`FIRED ${JSON.stringify(fired)}`);
  await strapi.destroy();
  process.exit(0);
})().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
