import { bootStrapi } from './lib/boot-strapi';
(async () => {
  const s = await bootStrapi({ env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: process.argv[2], WUYEDESK_SEED: 'minimal' } });
  console.log('rss after boot', Math.round(process.memoryUsage.rss() / 1048576), 'peak', Math.round(process.resourceUsage().maxRSS / 1024));
  const k = s.db.connection;
  console.log(await k.raw('pragma cache_size'), await k.raw('pragma journal_mode'), await k.raw('pragma synchronous'), await k.raw('pragma foreign_keys'));
  await s.destroy();
})();
