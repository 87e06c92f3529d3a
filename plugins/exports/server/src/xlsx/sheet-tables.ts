import type { Worksheet } from 'exceljs';

export type TableCell = string | number | Date | null;

export interface TableSpec {
  title: string;
  headers: string[];
  rows: TableCell[][];
  /** A totals row under the table (cells as given; null: empty). */
  totals?: TableCell[];
  /** 0-based columns that are rates 0..1 (percent format). */
  percent?: number[];
  /** 0-based columns that get data bars (in-cell bar charts; see README "Charts"). */
  bars?: number[];
  /** 0-based columns with Shanghai wall-clock dates. */
  dates?: number[];
}

const PERCENT = '0.0%';
const DATETIME = 'yyyy-mm-dd hh:mm';
const BAR_COLOURS = ['FF1677FF', 'FF52C41A', 'FFFAAD14', 'FFFF4D4F'];

/**
 * Writes a titled table at `startRow` and returns the row after it (one blank row left). The bars
 * are Excel data bars (conditional formatting): exceljs cannot write native charts, and a data bar
 * is drawn by Excel/WPS/LibreOffice from the cell itself, so it stays right when a manager edits
 * or filters the numbers.
 */
export const writeTable = (sheet: Worksheet, startRow: number, spec: TableSpec): number => {
  let row = startRow;
  sheet.getCell(row, 1).value = spec.title;
  sheet.getCell(row, 1).font = { bold: true, size: 12 };
  row += 1;
  const header = sheet.getRow(row);
  spec.headers.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F0F0' } };
  });
  const first = row + 1;
  for (const values of spec.rows) {
    row += 1;
    values.forEach((v, i) => {
      const cell = sheet.getCell(row, i + 1);
      cell.value = v;
      if (spec.percent?.includes(i)) cell.numFmt = PERCENT;
      if (spec.dates?.includes(i)) cell.numFmt = DATETIME;
    });
  }
  const last = row;
  if (spec.totals) {
    row += 1;
    spec.totals.forEach((v, i) => {
      const cell = sheet.getCell(row, i + 1);
      cell.value = v;
      cell.font = { bold: true };
      if (spec.percent?.includes(i)) cell.numFmt = PERCENT;
    });
  }
  if (last >= first) {
    (spec.bars ?? []).forEach((column, n) => {
      const letter = sheet.getColumn(column + 1).letter;
      sheet.addConditionalFormatting({
        ref: `${letter}${first}:${letter}${last}`,
        rules: [
          {
            type: 'dataBar',
            priority: 1,
            gradient: false,
            cfvo: [{ type: 'num', value: 0 }, { type: 'max' }],
            color: { argb: BAR_COLOURS[n % BAR_COLOURS.length] },
          } as unknown as Parameters<Worksheet['addConditionalFormatting']>[0]['rules'][number],
        ],
      });
    });
  }
  return row + 2;
};
