/**
 * `npm run generate -- --register complaint --count 100000 [--days 365] [--seed 1]
 *   [--until 2026-11-24T12:00:00+08:00] [--history create|none] [--batch 5000]
 *   [--database-url postgres://…|sqlite:path/to/file.db]`
 *
 * Bulk-writes plausible records for benchmarks (up to a million; memory stays flat) into the
 * CMS database: SQLite cms/data/wuyedesk.db by default, or what DATABASE_* / --database-url
 * say. Boots the compiled CMS first (`npm run build`), which creates the schema and the
 * minimal seed (units, departments, demo users) on an empty database.
 */
import path from 'path';
import { parseArgs } from 'util';
import { bootStrapi } from './lib/boot-strapi';
import { generateRecords } from './generate/generate';
import type { HistoryMode } from './generate/history-steps';
import { formatMb, peakRss, progressPrinter } from './generate/progress';
import { findRegisterGenerator, REGISTER_GENERATORS } from './generate/registers';

export const MAX_COUNT = 1_000_000;

const USAGE = `Usage: npm run generate -- --register <${Object.keys(REGISTER_GENERATORS).join('|')}> --count <n ≤ ${MAX_COUNT}>
  [--days 365] [--seed 1] [--until <ISO instant>] [--history create|none] [--batch 5000]
  [--database-url postgres://user@host:5432/db | sqlite:path/to/file.db]`;

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
  if (values.help || !values.register || !values.count) return null;
  const until = values.until ? new Date(values.until) : new Date();
  if (Number.isNaN(until.getTime())) throw new Error(`--until is not a date: ${values.until}`);
  const history = (values.history ?? 'create') as HistoryMode;
  if (history !== 'create' && history !== 'none') throw new Error('--history must be create or none');
  return {
    generator: findRegisterGenerator(values.register),
    count: positiveInteger('count', values.count, 0, MAX_COUNT),
    days: positiveInteger('days', values.days, 365, 3660),
    seed: positiveInteger('seed', values.seed, 1),
    batchSize: positiveInteger('batch', values.batch, 5000, 100_000),
    until,
    history,
    env: databaseEnv(values['database-url']),
  };
};

const main = async () => {
  const options = parseOptions();
  if (!options) {
    console.log(USAGE);
    return;
  }
  const booted = Date.now();
  // Only the reference data and users on an empty database: records come from here.
  const strapi = await bootStrapi({ env: { ...options.env, WUYEDESK_SEED: 'minimal' } });
  try {
    console.log(`CMS ready on ${strapi.db.dialect.client} in ${((Date.now() - booted) / 1000).toFixed(1)} s`);
    const { register } = options.generator;
    const result = await generateRecords({ strapi, ...options, onProgress: progressPrinter({ label: register.pluralName }) });
    const seconds = result.elapsedMs / 1000;
    const { tally } = result;
    console.log(
      [
        `Generated ${result.count.toLocaleString('en')} ${register.pluralName} in ${seconds.toFixed(1)} s: ` +
          `${Math.round(result.count / seconds).toLocaleString('en')} records/s, ` +
          `${Math.round(result.rows / seconds).toLocaleString('en')} rows/s (${result.rows.toLocaleString('en')} rows with links` +
          `${options.history === 'create' ? ' and one history step each' : ', no history steps'}); peak RSS ${formatMb(peakRss())}`,
        `Numbers ${result.firstNumber ?? '-'} … ${result.lastNumber ?? '-'}`,
        `Status: ${Object.entries(tally.byStatus).map(([s, n]) => `${s} ${n}`).join(', ')}`,
        `Open ${tally.open()}, of which overdue ${tally.overdue()}, due within an hour of ${options.until.toISOString()}: ${tally.dueAboutNow()}`,
      ].join('\n'),
    );
  } finally {
    await strapi.destroy();
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
