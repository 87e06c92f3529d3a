import type { Core } from '@strapi/strapi';
import { formatRecordNumber, type RegisterDescription } from '@wuyedesk/contracts';
import { getService } from '@wuyedesk/plugin-records';
import { createRandom } from '../../cms/src/seed/random';
import { databaseClientOf } from '../lib/boot-strapi';
import { writeRecords, type PendingRecord } from './batch-writer';
import { openBulkSession } from './bulk-session';
import { instantsOfDay, planDays, type PlannedDay } from './day-plan';
import { createDocumentIds } from './document-id';
import { stepLayout, type HistoryMode } from './history-steps';
import { recordLayout } from './record-layout';
import { loadReference } from './reference';
import { createTally, type Tally } from './tally';
import type { RegisterGenerator } from './types';

/** Records handed to the database at once; the statements under it respect the variable limits. */
const RECORDS_PER_WRITE = 2000;

export interface GenerateProgress {
  written: number;
  total: number;
  elapsedMs: number;
}

export interface GenerateOptions {
  strapi: Core.Strapi;
  generator: RegisterGenerator;
  count: number;
  /** Records are spread over this many Shanghai days, ending at `until`. */
  days: number;
  seed: number;
  /** The end of the generated period (default: now); the same seed and `until` give the same records. */
  until?: Date;
  history?: HistoryMode;
  recordsPerTransaction?: number;
  onProgress?: (progress: GenerateProgress) => void;
}

export interface GenerateResult {
  count: number;
  elapsedMs: number;
  /** Every row written: records, link-table rows, history steps. */
  rows: number;
  tally: Tally;
  firstNumber: string | null;
  lastNumber: string | null;
}

/** One block of numbers per day, all in one transaction: later creates continue each day's sequence. */
const reserveNumbers = async (strapi: Core.Strapi, register: RegisterDescription, plan: readonly PlannedDay[]) => {
  const firsts = new Map<string, number>();
  const prefix = register.numberPrefix;
  if (!prefix) return firsts;
  const numbering = getService(strapi, 'numbering');
  await strapi.db.transaction(async () => {
    for (const day of plan) if (day.count) firsts.set(day.day, await numbering.reserve({ prefix, day: day.day, count: day.count }));
  });
  return firsts;
};

/**
 * Bulk-writes `count` plausible records of one register straight into its tables, day by
 * day, a few thousand at a time, so memory stays flat at a million. It bypasses the records
 * service (no validation, no events) but keeps what the service guarantees: real numbers from
 * the counters, Strapi's system columns, link-table rows, a history step per record.
 * Numbers are reserved before writing: a run that fails half-way leaves a gap, not a duplicate.
 */
export const generateRecords = async ({
  strapi, generator, count, days, seed, until = new Date(), history = 'create', recordsPerTransaction = 50_000, onProgress,
}: GenerateOptions): Promise<GenerateResult> => {
  const started = Date.now();
  const { register } = generator;
  const client = databaseClientOf(strapi);
  const random = createRandom(seed);
  const reference = await loadReference(strapi);
  const plan = planDays({ random, count, days, now: until });
  const firsts = await reserveNumbers(strapi, register, plan);
  const layout = recordLayout({ strapi, client, register });
  const steps = history === 'create' ? stepLayout(strapi, client) : null;
  const tally = createTally(register, until);
  const newDocumentId = createDocumentIds();
  const knex = strapi.db.connection;
  const session = await openBulkSession({ knex, client, recordsPerTransaction });
  let batch: PendingRecord[] = [];
  let written = 0;
  let rows = 0;
  let firstNumber: string | null = null;
  let lastNumber: string | null = null;

  const flush = async () => {
    rows += await writeRecords({ trx: session.trx(), layout, steps, register, batch, newDocumentId });
    await session.wrote(batch.length);
    written += batch.length;
    batch = [];
    onProgress?.({ written, total: count, elapsedMs: Date.now() - started });
  };

  try {
    for (const day of plan) {
      const instants = instantsOfDay(random, day);
      const first = firsts.get(day.day) ?? 0;
      for (let i = 0; i < instants.length; i++) {
        const at = new Date(instants[i]);
        const record = generator.makeRecord({ random, at, now: until, reference });
        const values = record.values;
        if (register.numberDateField) values[register.numberDateField] = at;
        if (register.numberPrefix) {
          lastNumber = formatRecordNumber(register.numberPrefix, day.day, first + i);
          values.number = lastNumber;
          firstNumber ??= lastNumber;
        }
        tally.add(values);
        batch.push({ documentId: newDocumentId(), at, values, record });
        if (batch.length >= RECORDS_PER_WRITE) await flush();
      }
    }
    if (batch.length) await flush();
    await session.finish();
  } catch (error) {
    await session.abort();
    throw error;
  }
  // A bulk load leaves PostgreSQL's planner statistics stale until autovacuum comes round;
  // analyse now, as it soon would. SQLite is left as Strapi leaves it (never analysed).
  if (client === 'postgres') {
    const tables = [layout.table.table, ...layout.links.map((l) => l.table.table), ...(steps ? [steps.table.table] : [])];
    await knex.raw(`analyze ${tables.map((t) => `"${t}"`).join(', ')}`);
  }
  return { count: written, elapsedMs: Date.now() - started, rows, tally, firstNumber, lastNumber };
};
