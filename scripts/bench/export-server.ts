/**
 * The in-memory side of the export benchmark (export.ts), in a process of its own so its peak
 * memory is its own: boots the CMS on the scratch database the parent prepared (env) and builds
 * an in-memory exceljs Workbook from the same rows and cells the streaming export writes
 * (`--mode memory`; `--mode stream` exports over HTTP, as export-stream-server.cjs does without
 * the TypeScript loader), sampling this process's RSS meanwhile.
 * Prints one JSON line: rows, bytes, seconds, RSS after boot and peak RSS.
 */
import ExcelJS from 'exceljs';
import type { AddressInfo } from 'net';
import { parseArgs } from 'util';
import { complaintRegister } from '@wuyedesk/contracts';
import { bootStrapi } from '../lib/boot-strapi';
import { DEFAULT_DEMO_PASSWORD } from '../../cms/src/seed/users';
import { cellValue } from '../../plugins/exports/server/src/xlsx/cells';
import { exportColumns } from '../../plugins/exports/server/src/xlsx/columns';
import type { RowSource } from '../../plugins/exports/server/src/export/row-source';

const { values } = parseArgs({ options: { mode: { type: 'string' } } });
const mode = values.mode === 'memory' ? 'memory' : 'stream';

const sampleRss = () => {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  return { stop: () => (clearInterval(timer), Math.max(peak, process.memoryUsage.rss())) };
};

const streamed = async (baseUrl: string) => {
  const login = await fetch(`${baseUrl}/api/auth/local`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ identifier: 'staff', password: DEFAULT_DEMO_PASSWORD }),
  });
  const { jwt } = (await login.json()) as { jwt: string };
  const res = await fetch(`${baseUrl}/api/exports/complaints.xlsx`, { headers: { authorization: `Bearer ${jwt}` } });
  if (!res.ok || !res.body) throw new Error(`export → ${res.status}`);
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
  return { bytes };
};

const inMemory = async (strapi: Awaited<ReturnType<typeof bootStrapi>>) => {
  const access = strapi.plugin('records').service('access') as { actorOf(u: unknown): Promise<never> };
  const staff = (await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: 'staff' } })) as { id: number };
  const actor = await access.actorOf({ id: staff.id, role: { type: 'staff' } });
  const registry = strapi.plugin('records').service('registry') as { builtIn(k: string): never };
  const columns = exportColumns({ register: complaintRegister, locale: 'zh-CN', registerOf: (k) => registry.builtIn(k) });
  const source = (strapi.plugin('exports').service('sources') as { for(k: string): RowSource }).for('complaint');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(complaintRegister.label['zh-CN'], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.field.name, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  let rows = 0;
  const signal = new AbortController().signal;
  for await (const batch of source.batches({ register: complaintRegister, actor, query: { sort: null }, columns, batchSize: 1000, signal })) {
    for (const record of batch) {
      sheet.addRow(columns.map((c) => cellValue({ field: c.field, value: record[c.field.name], locale: 'zh-CN', titleOf: c.titleOf })));
      rows += 1;
    }
  }
  const buffer = await book.xlsx.writeBuffer();
  return { bytes: buffer.byteLength, rows };
};

const main = async () => {
  const strapi = await bootStrapi({ env: { MONTHLY_REPORT: 'false' } });
  await new Promise<void>((resolve) => strapi.server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  const rows = Number((await strapi.db.connection('complaints').count({ n: '*' }))[0].n);
  global.gc?.();
  const afterBoot = process.memoryUsage.rss();
  const sampler = sampleRss();
  const started = Date.now();
  const result = mode === 'stream' ? await streamed(`http://127.0.0.1:${port}`) : await inMemory(strapi);
  const seconds = (Date.now() - started) / 1000;
  const peak = sampler.stop();
  console.log(JSON.stringify({ mode, rows, bytes: result.bytes, seconds, afterBootMb: afterBoot / 2 ** 20, peakMb: peak / 2 ** 20 }));
  await strapi.destroy();
  process.exit(0);
};

main().catch((error: Error) => {
  console.log(JSON.stringify({ mode, error: error.message }));
  process.exit(1);
});
