/**
 * Another CMS instance on the test database, serving HTTP: boots Strapi (compiled dist),
 * listens on a free port and prints `LISTENING <url>`, then serves until killed.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

(async () => {
  const appDir = path.resolve(__dirname, '..', '..');
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.load();
  strapi.server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`LISTENING http://127.0.0.1:${strapi.server.httpServer.address().port}\n`);
  });
})().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
