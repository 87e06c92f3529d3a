/**
 * Benchmark (prints figures; not a test): does a 100,000-entry form type filter on a form field
 * in under 200 ms of server time? Boots the CMS on a scratch database, publishes 装修申请
 * through the forms service (which creates its expression indexes), bulk-writes the entries
 * (plus as many of a second form type, so the table is shared as in an office), then times the
 * panel's list requests over HTTP as staff — with the indexes, and again after dropping them,
 * in the same run.
 *
 *   npx tsx scripts/bench/form-filter.ts [--postgres] [--count 100000] [--runs 20] [--warmup 5]
 *
 * Run `npm run build` first. --postgres also runs it on a scratch PostgreSQL database
 * (DATABASE_URL's server, default 127.0.0.1:5432), dropped afterwards. The bulk write bypasses
 * the records service (no history, no events), as the record generator does.
 */
import { randomBytes } from 'crypto';
import type { AddressInfo } from 'net';
import { parseArgs } from 'util';
import type { Core } from '@strapi/strapi';
import { isFilterable, type FormDefinition } from '@wuyedesk/contracts';
import { bootStrapi } from '../lib/boot-strapi';
import { createScratchDatabase, type ScratchDatabaseKind } from '../lib/scratch-database';
import { loginAs } from './panel-client';
import { ms, timeRuns } from './timing';

const BUDGET_MS = 200;
const lbl = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const KINDS = ['light', 'full', 'partial', 'repair'];
/** SQLite refuses more than 500 terms in a compound SELECT (knex's multi-row insert). */
const BATCH = 400;

const form = (key: string, prefix: string): FormDefinition => ({
  key,
  name: lbl('装修申请', 'Renovation application'),
  numberPrefix: prefix,
  approval: true,
  sections: [],
  permissions: [{ role: 'staff', can: ['fill'] }, { role: 'supervisor', can: ['approve'] }],
  fields: [
    { name: 'f_owner', type: 'string', label: lbl('业主姓名', 'Owner'), required: true },
    { name: 'f_deposit', type: 'money', label: lbl('装修押金', 'Deposit'), required: true, min: 0 },
    { name: 'f_kind', type: 'enum', label: lbl('装修类型', 'Kind'), options: KINDS.map((k) => ({ value: k, label: lbl(k, k) })) },
    { name: 'f_start', type: 'date', label: lbl('开工日期', 'Start') },
    { name: 'f_note', type: 'text', label: lbl('说明', 'Note') },
  ],
});

const options = () => {
  const { values } = parseArgs({
    options: { postgres: { type: 'boolean' }, count: { type: 'string' }, runs: { type: 'string' }, warmup: { type: 'string' } },
  });
  return {
    kinds: (values.postgres ? ['sqlite', 'postgres'] : ['sqlite']) as ScratchDatabaseKind[],
    count: Number(values.count ?? 100_000),
    runs: Number(values.runs ?? 20),
    warmup: Number(values.warmup ?? 5),
  };
};

/** A deterministic spread: deposits 0–20,000 in steps of 10 yuan, four kinds, a year of dates. */
const bulkInsert = async (strapi: Core.Strapi, key: string, prefix: string, count: number) => {
  const knex = strapi.db.connection;
  const now = Date.now();
  const started = Date.now();
  for (let from = 0; from < count; from += BATCH) {
    const rows = [];
    for (let i = from; i < Math.min(count, from + BATCH); i++) {
      const created = now - ((i * 7919) % (365 * 86400)) * 1000;
      rows.push({
        document_id: randomBytes(12).toString('hex'),
        form_key: key,
        form_version: 1,
        number: `${prefix}-BENCH-${String(i).padStart(7, '0')}`,
        status: i % 10 === 0 ? 'submitted' : 'approved',
        data: JSON.stringify({
          f_owner: `业主${i % 997}`,
          f_deposit: ((i * 104729) % 2001) * 10,
          f_kind: KINDS[(i * 31) % KINDS.length],
          f_start: new Date(created).toISOString().slice(0, 10),
          f_note: i % 3 ? '' : '需要夜间施工许可',
        }),
        filled_by_id: null,
        created_at: created,
        updated_at: created,
      });
    }
    await knex('wd_form_entries').insert(rows);
  }
  return Date.now() - started;
};

const scenarios = [
  { label: 'deposit ≥ 19,000 (5 %), newest first', query: { filters: { f_deposit: { $gte: 19000 } }, sort: ['createdAt:desc'] } },
  { label: 'deposit 5,000–5,100, by deposit', query: { filters: { f_deposit: { $between: [5000, 5100] } }, sort: ['f_deposit:asc'] } },
  {
    label: 'kind = full and deposit ≥ 15,000',
    query: { filters: { $and: [{ f_kind: { $eq: 'full' } }, { f_deposit: { $gte: 15000 } }] }, sort: ['createdAt:desc'] },
  },
  { label: 'kind = repair, by deposit desc', query: { filters: { f_kind: { $eq: 'repair' } }, sort: ['f_deposit:desc'] } },
];

const benchDatabase = async (kind: ScratchDatabaseKind, opts: ReturnType<typeof options>) => {
  const database = await createScratchDatabase(kind, 'wuyedesk_formbench');
  const strapi = await bootStrapi({ env: { ...database.env, WUYEDESK_SEED: 'minimal' } });
  try {
    console.log(`\n━━━ ${kind} ━━━`);
    const types = strapi.plugin('forms').service('form-types');
    await types.publish({ definition: form('renovation', 'ZX'), actorId: null });
    await types.publish({ definition: form('special-service', 'TY'), actorId: null });
    const took = await bulkInsert(strapi, 'renovation', 'ZX', opts.count);
    await bulkInsert(strapi, 'special-service', 'TY', opts.count);
    if (kind === 'postgres') await strapi.db.connection.raw('analyze wd_form_entries');
    else await strapi.db.connection.raw('analyze');
    console.log(`Wrote ${opts.count.toLocaleString('en')} 装修申请 entries in ${(took / 1000).toFixed(1)} s (+ as many of another form type in the same table)`);

    await new Promise<void>((resolve) => strapi.server.listen(0, '127.0.0.1', () => resolve()));
    strapi.server.httpServer.keepAliveTimeout = 120_000;
    const { port } = strapi.server.httpServer.address() as AddressInfo;
    const client = await loginAs(`http://127.0.0.1:${port}`, 'staff');
    const register = (await strapi.plugin('records').service('registry').find('renovation')) as { fields: Array<{ name: string }> };
    const entries = strapi.plugin('forms').service('entries');

    const measure = async () => {
      const out: Array<{ label: string; http: number; server: number; total: number | null }> = [];
      for (const scenario of scenarios) {
        let total: number | null = null;
        const http = await timeRuns({
          warmup: opts.warmup, runs: opts.runs,
          work: async () => {
            total = (await client.get('forms/entries/renovation', { ...scenario.query, pagination: { page: 1, pageSize: 20 } })).total;
          },
        });
        // Server time: the list service alone (query translation, page + count, relation lookups).
        const server = await timeRuns({
          warmup: 2, runs: opts.runs,
          work: () => entries.list({ register, query: { ...scenario.query, pagination: { page: 1, pageSize: 20 } } }),
        });
        out.push({ label: scenario.label, http: http.median, server: server.median, total });
      }
      return out;
    };

    // What any signed-in request costs here (auth, role, JSON) before a list does anything.
    const floor = await timeRuns({ warmup: opts.warmup, runs: opts.runs, work: () => client.get('records/me') });
    // The exporter's reader: every entry of one form type (plus a filtered subset), in batches.
    for (const filters of [undefined, { f_deposit: { $gte: 10000 } }]) {
      const started = Date.now();
      let rows = 0;
      for await (const batch of entries.readBatches({ register, filters, batchSize: 1000 }) as AsyncIterable<unknown[]>) rows += batch.length;
      console.log(`  readBatches(${filters ? 'deposit ≥ 10,000' : 'all'}): ${rows.toLocaleString('en')} rows in ${((Date.now() - started) / 1000).toFixed(2)} s`);
    }
    const indexed = await measure();
    const fields = form('renovation', 'ZX').fields.filter(isFilterable);
    const { indexName } = await import('../../plugins/forms/server/src/tables');
    for (const field of fields) await strapi.db.connection.raw(`drop index if exists ${indexName('renovation', field)}`);
    const bare = await measure();
    await types.ensureAllIndexes();

    console.log(`  ${'request (as staff, page of 20 + total)'.padEnd(40)} ${'rows'.padStart(7)}  ${'server'.padStart(8)} ${'HTTP'.padStart(8)}  │ ${'no index'.padStart(9)} ${'HTTP'.padStart(8)}   speed-up`);
    indexed.forEach((row, i) => {
      const ok = row.server < BUDGET_MS ? 'ok' : `OVER ${BUDGET_MS} ms`;
      console.log(
        `  ${row.label.padEnd(40)} ${String(row.total).padStart(7)}  ${ms(row.server).padStart(8)} ${ms(row.http).padStart(8)}  │ ${ms(bare[i].server).padStart(9)} ${ms(bare[i].http).padStart(8)}   ×${(bare[i].server / row.server).toFixed(1)}  ${ok}`,
      );
    });
    console.log(`  ${'GET /api/records/me (HTTP floor)'.padEnd(40)} ${''.padStart(7)}  ${''.padStart(8)} ${ms(floor.median).padStart(8)}`);
    console.log(`  (median ms of ${opts.runs} runs; "server" = the entries list service in-process, "HTTP" = the panel's request end to end)`);
  } finally {
    await strapi.destroy();
    await database.drop();
  }
};

const main = async () => {
  const opts = options();
  for (const kind of opts.kinds) await benchDatabase(kind, opts);
  process.exit(0);
};

main().catch((error: Error) => {
  console.error(error.message.slice(0, 500), error.stack?.split('\n').slice(-6).join('\n'));
  process.exit(1);
});
