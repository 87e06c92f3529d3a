/**
 * An instance that dies while running a background export: boots the CMS on the test database
 * (its own runner off), records an export job for USERNAME and claims it as a runner would — in
 * one transaction, so the test server's runner cannot take it first — prints CLAIMED <job key>
 * and waits to be killed. The job is left `running` under a lease nobody renews.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');
const { exportJobStore } = require('@wuyedesk/plugin-exports');

(async () => {
  const appDir = path.resolve(__dirname, '..', '..');
  process.env.EXPORT_JOBS = 'false';
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.load();
  const user = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: process.env.USERNAME } });
  const request = JSON.parse(process.env.EXPORT_REQUEST);
  const leaseMs = strapi.config.get('plugin::exports').exportJobLeaseMs;
  const job = await strapi.db.connection.transaction(async (trx) => {
    const store = exportJobStore(trx);
    const inserted = await store.insert({ key: `doomed-${Date.now()}`, ownerId: user.id, request, now: new Date() });
    const claimed = await store.claim({ owner: 'doomed-instance', now: new Date(), leaseMs });
    if (!claimed || claimed.key !== inserted.key) throw new Error(`claimed ${claimed && claimed.key} instead of ${inserted.key}`);
    return claimed;
  });
  process.stdout.write(`CLAIMED ${job.key}\n`);
  await new Promise(() => {});
})().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
