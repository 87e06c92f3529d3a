import { sheetName } from '../xlsx/sheet-name';
import type { Core } from '@strapi/strapi';
import ExcelJS from 'exceljs';
import type { Locale, RegisterDescription } from '@wuyedesk/contracts';
import { getService as getRecordsService, type Actor } from '@wuyedesk/plugin-records';
import type { Writable } from 'stream';
import { cellConverter, isFormulaLike, TEXT_FORMAT } from '../xlsx/cells';
import { exportColumns } from '../xlsx/columns';
import { cacheStyleIds } from '../xlsx/style-ids';
import { waitForZip } from '../xlsx/zip-drain';
import type { ExportQuery } from '../export/row-source';
import { getConfig, getService } from '../utils/get-service';

export const EXPORT_BATCH_SIZE = 1000;

export interface ExportInput {
  register: RegisterDescription;
  actor: Actor;
  query: ExportQuery;
  /** Column names the panel shows; empty: the register's listFields. */
  columns?: string[];
  locale: Locale;
  output: Writable;
  signal: AbortSignal;
}

/**
 * Streams one register's rows into an .xlsx on `output`: rows from the register's row source in
 * batches, each row committed at once, pausing while exceljs's zip pipe is full, so memory stays
 * flat however many rows there are. Stops (without finishing the file) when `signal` aborts.
 */
export const exporter = ({ strapi }: { strapi: Core.Strapi }) => ({
  async write({ register, actor, query, columns: names, locale, output, signal }: ExportInput): Promise<{ rows: number; aborted: boolean }> {
    const registry = getRecordsService(strapi, 'registry');
    const columns = exportColumns({ register, names, locale, registerOf: (key) => registry.builtIn(key) });
    // useStyles: date cells need a number format; shared strings cost GBs at 1M rows for ~6 % smaller files.
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    cacheStyleIds(workbook);
    workbook.creator = 'WuyeDesk 物业客服台';
    const sheet = workbook.addWorksheet(sheetName(register.label[locale]), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({ header: c.header, key: c.field.name, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(columns.length, 1) } };
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.commit();

    const converters = columns.map((c) => cellConverter({ field: c.field, locale, titleOf: c.titleOf }));
    const fieldNames = columns.map((c) => c.field.name);
    const width = columns.length;
    let rows = 0;
    const source = getService(strapi, 'sources').for(register);
    for await (const batch of source.batches({ register, actor, query, columns, batchSize: getConfig(strapi).exportBatchSize || EXPORT_BATCH_SIZE, signal })) {
      if (signal.aborted) break;
      for (const record of batch) {
        const values = new Array<ReturnType<(typeof converters)[number]>>(width);
        let formulaLike = false;
        for (let i = 0; i < width; i += 1) {
          const value = converters[i](record[fieldNames[i]]);
          values[i] = value;
          if (typeof value === 'string' && isFormulaLike(value)) formulaLike = true;
        }
        const row = sheet.addRow(values);
        if (formulaLike) {
          row.eachCell((cell) => {
            if (typeof cell.value === 'string' && isFormulaLike(cell.value)) cell.numFmt = TEXT_FORMAT;
          });
        }
        row.commit();
        rows += 1;
      }
      await waitForZip(sheet);
    }
    if (signal.aborted) return { rows, aborted: true };
    sheet.commit();
    await workbook.commit();
    return { rows, aborted: false };
  },
});
