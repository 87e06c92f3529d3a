/**
 * The bare side of the export benchmark (export.ts): the floor for the same file. ONE
 * better-sqlite3 `iterate()` over the complaints joined to their unit and department (the list's
 * columns, the list's default order) straight into exceljs's streaming WorkbookWriter, waiting
 * for its zip pipe to drain — no CMS, no HTTP, no per-cell style cache. Its sheet XML must be
 * byte-identical to the product's (export.ts compares them). Plain JavaScript, no heap flag.
 *
 *   node scripts/bench/export-bare.cjs <database.db> <out.xlsx>   → one JSON line
 */
const fs = require('fs');
const Database = require('better-sqlite3');
const ExcelJS = require('exceljs');
const { complaintRegister, BUILT_IN_REGISTERS } = require('@wuyedesk/contracts');
const { exportColumns } = require('../../plugins/exports/dist/server/src/xlsx/columns');
const { sheetName } = require('../../plugins/exports/dist/server/src/xlsx/sheet-name');
const { waitForZip } = require('../../plugins/exports/dist/server/src/xlsx/zip-drain');

const SQL = `select c.number, c.received_at, c.kind, c.resident_name, c.resident_phone, u.code, c.complexity, d.name, c.status, c.due_at
  from complaints c
  left join complaints_unit_lnk lu on lu.complaint_id = c.id left join units u on u.id = lu.unit_id
  left join complaints_department_lnk ld on ld.complaint_id = c.id left join departments d on d.id = ld.department_id
  order by c.received_at desc, c.id desc`;
const SHANGHAI_MS = 8 * 3600000;
const mb = (n) => Math.round(n / 2 ** 20);

const main = async () => {
  const [file, out] = process.argv.slice(2);
  const afterStart = process.memoryUsage.rss();
  let peak = afterStart;
  let atPeak = process.memoryUsage();
  const timer = setInterval(() => {
    const rss = process.memoryUsage.rss();
    if (rss > peak) {
      peak = rss;
      atPeak = process.memoryUsage();
    }
  }, 50);
  const started = process.hrtime.bigint();
  const cpuAtStart = process.cpuUsage();
  const columns = exportColumns({
    register: complaintRegister, names: complaintRegister.listFields, locale: 'zh-CN',
    registerOf: (key) => BUILT_IN_REGISTERS.find((r) => r.key === key),
  });
  // What a hand-written export must do per cell to show the same file: dates to Shanghai wall-clock, enum labels.
  const convert = columns.map(({ field }) => {
    if (field.type === 'datetime') return (v) => (v === null ? null : new Date(v + SHANGHAI_MS));
    if (field.type === 'enum') {
      const labels = new Map(field.options.map((o) => [o.value, o.label['zh-CN']]));
      return (v) => (v === null || v === '' ? null : labels.get(v) ?? v);
    }
    return (v) => (v === '' ? null : v);
  });
  const output = fs.createWriteStream(out);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'WuyeDesk 物业客服台';
  const sheet = workbook.addWorksheet(sheetName(complaintRegister.label['zh-CN']), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.field.name, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  const db = new Database(file, { readonly: true, fileMustExist: true });
  let rows = 0;
  for (const r of db.prepare(SQL).raw(true).iterate()) {
    const values = new Array(r.length);
    for (let i = 0; i < r.length; i += 1) values[i] = convert[i](r[i]);
    sheet.addRow(values).commit();
    rows += 1;
    if (rows % 1000 === 0) await waitForZip(sheet);
  }
  sheet.commit();
  await workbook.commit();
  await new Promise((resolve) => (output.writableFinished ? resolve() : output.once('finish', resolve)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuAtStart);
  clearInterval(timer);
  db.close();
  console.log(JSON.stringify({
    mode: 'bare', rows, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, bytes: fs.statSync(out).size,
    afterBootMb: afterStart / 2 ** 20, peakMb: Math.max(peak, process.memoryUsage.rss()) / 2 ** 20,
    atPeak: { heapUsedMb: mb(atPeak.heapUsed), heapTotalMb: mb(atPeak.heapTotal), externalMb: mb(atPeak.external), arrayBuffersMb: mb(atPeak.arrayBuffers) },
  }));
};

main().catch((error) => {
  console.log(JSON.stringify({ mode: 'bare', error: error.stack }));
  process.exit(1);
});
