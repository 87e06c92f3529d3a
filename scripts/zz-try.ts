import { bootStrapi } from './lib/boot-strapi';
import { generateRecords } from './generate/generate';
import { complaintGenerator } from './generate/registers/complaint';
(async () => {
  const s = await bootStrapi({ env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: process.argv[2], WUYEDESK_SEED: 'minimal' } });
  const k = s.db.connection;
  for (const p of process.argv.slice(4)) console.log(p, await k.raw(`pragma ${p}`));
  const r = await generateRecords({ strapi: s, generator: complaintGenerator, count: Number(process.argv[3]), days: 365, seed: 1, history: (process.env.H as 'none') ?? 'create' });
  console.log(require('./generate/bulk-insert').TIMES);console.log(r.count, r.elapsedMs, Math.round(r.count / r.elapsedMs * 1000), 'rec/s peak', Math.round(process.resourceUsage().maxRSS / 1024));
  await s.destroy();
})();
