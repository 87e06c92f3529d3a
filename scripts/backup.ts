/**
 * `npm run backup [-- --dir <folder>]`: a consistent, dated copy of the database the CMS uses
 * (SQLite: online backup API, checked with integrity_check; PostgreSQL: pg_dump -Fc) in
 * BACKUP_DIR (default cms/data/backups). Safe while WuyeDesk runs.
 */
import path from 'path';
import { backupDatabase, describeTarget } from '../plugins/backups/server/src/lib';
import { backupDir, cliTarget, option } from './lib/backup-cli';

const main = async () => {
  const target = cliTarget();
  const dir = path.resolve(option(process.argv, 'dir') ?? backupDir());
  const { file, bytes, ms } = await backupDatabase({ target, dir });
  console.log(`Backed up ${describeTarget(target)}\n  → ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s)`);
};

main().catch((error: Error) => {
  console.error(`Backup failed: ${error.message}`);
  process.exit(1);
});
