/**
 * `npm run restore -- <backup file>`: puts a backup back onto a STOPPED instance — the database
 * the CMS is configured for (environment, then cms/.env). Refuses while WuyeDesk answers on PORT
 * (default 1337), while the SQLite file is open elsewhere, or while other sessions are connected
 * to the PostgreSQL database. SQLite keeps the replaced file beside it (.before-restore-<time>).
 */
import path from 'path';
import { describeTarget, restoreDatabase } from '../plugins/backups/server/src/lib';
import { cliTarget } from './lib/backup-cli';

const main = async () => {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('Usage: npm run restore -- <backup file>   (cms/data/backups/wuyedesk-….db or .dump)');
    process.exit(2);
  }
  const target = cliTarget();
  const port = Number(process.env.PORT ?? 1337);
  const { previous, ms } = await restoreDatabase({ target, from: path.resolve(file), port });
  console.log(`Restored ${path.resolve(file)}\n  → ${describeTarget(target)} in ${(ms / 1000).toFixed(1)} s`);
  if (previous) console.log(`  the database it replaced is kept at ${previous}`);
};

main().catch((error: Error) => {
  console.error(`Restore refused or failed: ${error.message}`);
  process.exit(1);
});
