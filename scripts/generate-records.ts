/**
 * `npm run generate -- --register complaint --count 100000 [--days 365] [--seed 1]
 *   [--until 2026-11-24T12:00:00+08:00] [--history create|none] [--batch 50000]
 *   [--database-url postgres://…|sqlite:path/to/file.db]`
 *
 * Bulk-writes plausible records for benchmarks (up to a million; memory stays flat) into the
 * CMS database: SQLite cms/data/wuyedesk.db by default, or what DATABASE_* / --database-url
 * say. Boots the compiled CMS first (`npm run build`), which creates the schema and the
 * minimal seed (units, departments, demo users) on an empty database.
 * `npm run generate` caps the JS heap at 384 MB: the garbage of a million rows otherwise piles
 * up to ~0.5 GB between major collections (the run itself needs ~150 MB of heap, as fast).
 */
import path from 'path';
import { parseArgs } from 'util';
import { bootStrapi } from './lib/boot-strapi';
import { generateRecords } from './generate/generate';
import type { HistoryMode } from './generate/history-steps';
import { progressPrinter, summaryLines } from './generate/progress';
import { findRegisterGenerator, REGISTER_GENERATORS } from './generate/registers';

export const MAX_COUNT = 1_000_000;

const USAGE = `Usage: npm run generate -- --register <${Object.keys(REGISTER_GENERATORS).join('|')}> --count <n ≤ ${MAX_COUNT}> [options]
  --days 365          spread over the last N days (Asia/Shanghai), ending at --until
  --seed 1            the same seed and --until make the same records (numbers and ids aside)
  --until <instant>   end of the period, ISO 8601 (default: now)
  --history create    one 'create' history step per record; 'none' writes no history
  --batch 50000       records per transaction
  --database-url      postgres://user@host:5432/db or sqlite:path/to/file.db
                      (default: DATABASE_* from the environment or cms/.env, else cms/data/wuyedesk.db)`;

const positiveInteger = (name: string, value: string | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER) => {
  const parsed = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > max) throw new Error(`--${name} must be a whole number from 1 to ${max} (got ${value})`);
  return parsed;
};

/** --database-url as the environment cms/config/database.ts reads. */
export const databaseEnv = (url: string | undefined): Record<string, string> => {
  if (!url) return {};
  if (/^postgres(ql)?:\/\//.test(url)) return { DATABASE_CLIENT: 'postgres', DATABASE_URL: url };
  if (url.startsWith('sqlite:')) return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.resolve(url.slice('sqlite:'.length)) };
  throw new Error(`--database-url must start with postgres:// or sqlite: (got ${url})`);
};

const parseOptions = () => {
  const { values } = parseArgs({
    options: {
      register: { type: 'string' }, count: { type: 'string' }, days: { type: 'string' }, seed: { type: 'string' },
      until: { type: 'string' }, history: { type: 'string' }, batch: { type: 'string' }, 'database-url': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return null;
  if (!values.register || !values.count) throw new Error(`--register and --count are required.\n${USAGE}`);
  const until = values.until ? new Date(values.until) : new Date();
  if (Number.isNaN(until.getTime())) throw new Error(`--until is not a date: ${values.until}`);
  const history = (values.history ?? 'create') as HistoryMode;
  if (history !== 'create' && history !== 'none') throw new Error('--history must be create or none');
  return {
    generator: findRegisterGenerator(values.register),
    count: positiveInteger('count', values.count, 0, MAX_COUNT),
    days: positiveInteger('days', values.days, 365, 3660),
    seed: positiveInteger('seed', values.seed, 1),
    recordsPerTransaction: positiveInteger('batch', values.batch, 50_000, 1_000_000),
    until,
    history,
    env: databaseEnv(values['database-url']),
  };
};

/** A mistake on the command line: its message is all the person needs, not a stack. */
class UsageError extends Error {}

const main = async () => {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (!options) {
    console.log(USAGE);
    return;
  }
  const { env, ...generation } = options;
  const booted = Date.now();
  // Only the reference data and users on an empty database: records come from here.
  const strapi = await bootStrapi({ env: { ...env, WUYEDESK_SEED: 'minimal' } });
  try {
    console.log(`CMS ready on ${strapi.db.dialect.client} in ${((Date.now() - booted) / 1000).toFixed(1)} s`);
    const { pluralName } = generation.generator.register;
    const result = await generateRecords({ strapi, ...generation, onProgress: progressPrinter({ label: pluralName }) });
    console.log(summaryLines({ result, pluralName, history: generation.history, until: generation.until }).join('\n'));
  } finally {
    await strapi.destroy();
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
