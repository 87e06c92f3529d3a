import { createId } from '@paralleldrive/cuid2';
import type { Core } from '@strapi/strapi';
import { formatRecordNumber, type RegisterDescription } from '@wuyedesk/contracts';
import { getService } from '@wuyedesk/plugin-records';
import type { Knex } from 'knex';
import { createRandom } from '../../cms/src/seed/random';
import { databaseClientOf } from '../lib/boot-strapi';
import { instantsOfDay, planDays, type PlannedDay } from './day-plan';
import { stepLayout, type HistoryMode } from './history-steps';
import { columnOf, recordLayout, type LinkLayout, type RecordLayout, type TableLayout } from './record-layout';
import { loadReference } from './reference';
import { createTally, type Tally } from './tally';
import type { FieldValue, GeneratedRecord, RegisterGenerator } from './types';

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
  /** Records per transaction. */
  batchSize?: number;
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

interface Pending {
  documentId: string;
  at: Date;
  values: Record<string, FieldValue>;
  record: GeneratedRecord;
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

const linkRows = (link: LinkLayout, batch: readonly Pending[], ids: ReadonlyMap<string, number>): FieldValue[][] => {
  const rows: FieldValue[][] = [];
  for (const item of batch) {
    const target = item.record.relations[link.field];
    if (target === null || target === undefined) continue;
    const id = ids.get(item.documentId);
    if (id === undefined) throw new Error(`${link.table.table}: no id came back for record ${item.documentId}`);
    const targets = typeof target === 'number' ? [target] : target;
    targets.forEach((targetId, index) => rows.push(link.isOrdered ? [id, targetId, index + 1] : [id, targetId]));
  }
  return rows;
};

/** Writes one batch — records, their link rows, their history steps — in one transaction. */
const writeBatch = async ({ knex, layout, steps, register, batch }: {
  knex: Knex;
  layout: RecordLayout;
  steps: TableLayout | null;
  register: RegisterDescription;
  batch: readonly Pending[];
}): Promise<number> =>
  knex.transaction(async (trx) => {
    const idColumn = columnOf(layout.meta, 'id');
    const documentIdColumn = columnOf(layout.meta, 'documentId');
    const rows = batch.map((item) => layout.toRow(item.values, { documentId: item.documentId, createdAt: item.at, updatedAt: item.record.updatedAt }));
    const returned = await layout.table.insert(trx, rows, [idColumn, documentIdColumn]);
    const ids = new Map(returned.map((r) => [String(r[documentIdColumn]), Number(r[idColumn])]));
    let written = rows.length;
    for (const link of layout.links) {
      const links = linkRows(link, batch, ids);
      await link.table.insert(trx, links);
      written += links.length;
    }
    if (steps) {
      const stepRows = batch.map((item) =>
        steps.toRow(
          {
            register: register.key, recordId: item.documentId, number: item.values.number ?? null, action: 'create',
            fromStatus: null, toStatus: register.workflow?.initial ?? null,
            actorId: item.record.recordedBy?.id ?? null, actorName: item.record.recordedBy?.name ?? null, at: item.at,
          },
          { documentId: createId(), createdAt: item.at, updatedAt: item.at },
        ),
      );
      await steps.table.insert(trx, stepRows);
      written += stepRows.length;
    }
    return written;
  });

/**
 * Bulk-writes `count` plausible records of one register straight into its tables, day by
 * day and batch by batch, so memory stays flat at a million. It bypasses the records service
 * (no validation, no events) but keeps what the service guarantees: real numbers from the
 * counters, Strapi's system columns, link-table rows, a history step per record.
 */
export const generateRecords = async ({
  strapi, generator, count, days, seed, until = new Date(), history = 'create', batchSize = 5000, onProgress,
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
  const knex = strapi.db.connection;
  let batch: Pending[] = [];
  let written = 0;
  let rows = 0;
  let firstNumber: string | null = null;
  let lastNumber: string | null = null;

  const flush = async () => {
    rows += await writeBatch({ knex, layout, steps, register, batch });
    written += batch.length;
    batch = [];
    onProgress?.({ written, total: count, elapsedMs: Date.now() - started });
  };

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
      batch.push({ documentId: createId(), at, values, record });
      if (batch.length >= batchSize) await flush();
    }
  }
  if (batch.length) await flush();
  // A bulk load leaves PostgreSQL's planner statistics stale until autovacuum comes round;
  // analyse now, as it soon would. SQLite is left as Strapi leaves it (never analysed).
  if (client === 'postgres') {
    const tables = [layout.table.table, ...layout.links.map((l) => l.table.table), ...(steps ? [steps.table.table] : [])];
    await knex.raw(`analyze ${tables.map((t) => `"${t}"`).join(', ')}`);
  }
  return { count: written, elapsedMs: Date.now() - started, rows, tally, firstNumber, lastNumber };
};
