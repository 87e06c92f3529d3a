/**
 * What `npm run backup` and `npm run restore` share: the database the CMS would use (the
 * environment, then cms/.env, as Strapi reads them) and the backup folder.
 */
import dotenv from 'dotenv';
import path from 'path';
import { databaseTarget, type DatabaseTarget } from '../../plugins/backups/server/src/lib';
import { ROOT } from './run';

export const CMS_DIR = path.join(ROOT, 'cms');

export const cliTarget = (): DatabaseTarget => {
  // Values already in the environment win, as they do for Strapi.
  dotenv.config({ path: path.join(CMS_DIR, '.env'), quiet: true } as dotenv.DotenvConfigOptions);
  return databaseTarget(process.env, CMS_DIR);
};

export const backupDir = (): string => path.resolve(CMS_DIR, process.env.BACKUP_DIR || path.join('data', 'backups'));

/** `--name value` or `--name=value` from argv. */
export const option = (argv: readonly string[], name: string): string | undefined => {
  const at = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return undefined;
  return argv[at].includes('=') ? argv[at].slice(argv[at].indexOf('=') + 1) : argv[at + 1];
};
