/**
 * Another CMS instance on the test database that runs the nightly backup once at RUN_AT and
 * prints `NIGHTLY <report as JSON>`: several of them started together show that only one takes
 * the day's backup (the claim is in the database, Strapi cron fires on every instance).
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

(async () => {
  const appDir = path.resolve(__dirname, '..', '..');
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.load();
  // Wait for the word, so every instance is up before any claims.
  process.stdout.write('READY\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  const report = await strapi.plugin('backups').service('nightly').runOnce({ now: new Date(process.env.RUN_AT) });
  process.stdout.write(`NIGHTLY ${JSON.stringify(report)}\n`);
  await strapi.destroy();
  process.exit(0);
})().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
