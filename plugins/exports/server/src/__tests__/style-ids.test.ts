import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PassThrough } from 'stream';
import { cacheStyleIds } from '../xlsx/style-ids';

/** Writes a small export-like sheet (date, text, number, a bold header, formula-like text) and returns its parts. */
const write = async ({ cached }: { cached: boolean }) => {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const styles = (workbook as unknown as { styles: { _addStyle: (style: unknown) => number } }).styles;
  let serialised = 0;
  const addStyle = styles._addStyle.bind(styles);
  styles._addStyle = (style) => ((serialised += 1), addStyle(style));
  const isCached = cached ? cacheStyleIds(workbook) : false;
  const sheet = workbook.addWorksheet('投诉');
  sheet.columns = [
    { header: '受理时间', key: 'at', width: 17, style: { numFmt: 'yyyy-mm-dd hh:mm' } },
    { header: '姓名', key: 'name', width: 10, style: {} },
    { header: '金额', key: 'amount', width: 10, style: { numFmt: '#,##0.00' } },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (let i = 0; i < 200; i += 1) {
    const row = sheet.addRow([new Date(Date.UTC(2026, 10, 1 + (i % 28), 9)), i % 50 === 0 ? '=1+1' : `王${i}`, i % 3 ? i * 1.5 : null]);
    if (i % 50 === 0) row.getCell(2).numFmt = '@';
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  const zip = await JSZip.loadAsync(Buffer.concat(chunks));
  return {
    isCached,
    serialised,
    sheet: await zip.file('xl/worksheets/sheet1.xml')!.async('string'),
    styles: await zip.file('xl/styles.xml')!.async('string'),
  };
};

describe('style ids cached per column (exceljs internals)', () => {
  it('writes the same sheet and styles as exceljs does on its own', async () => {
    const plain = await write({ cached: false });
    const cached = await write({ cached: true });
    expect(cached.isCached).toBe(true);
    expect(cached.sheet).toBe(plain.sheet);
    expect(cached.styles).toBe(plain.styles);
  });

  it('serialises a style once per column and value type instead of once per cell', async () => {
    const plain = await write({ cached: false });
    const cached = await write({ cached: true });
    expect(plain.serialised).toBeGreaterThan(500);
    expect(cached.serialised).toBeLessThan(20);
  });

  it('changes nothing when the writer has no styles object it knows', () => {
    expect(cacheStyleIds({})).toBe(false);
    expect(cacheStyleIds(null)).toBe(false);
  });
});
