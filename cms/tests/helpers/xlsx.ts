import ExcelJS from 'exceljs';
import qs from 'qs';
import request from 'supertest';
import { login, type DemoUser } from './api';

/** Downloads an .xlsx as `user` and opens it with exceljs's (non-streaming) reader. */
export const downloadWorkbook = async (user: DemoUser, path: string, query: object = {}) => {
  const token = await login(user);
  const search = qs.stringify(query, { encodeValuesOnly: true });
  const res = await request(process.env.WUYEDESK_TEST_URL as string)
    .get(`${path}${search ? `?${search}` : ''}`)
    .set('Authorization', `Bearer ${token}`)
    .buffer(true)
    .parse((response, callback) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => callback(null, Buffer.concat(chunks)));
    });
  const workbook = new ExcelJS.Workbook();
  if (res.status === 200) await workbook.xlsx.load(res.body as Buffer);
  return { res, workbook };
};

/** A sheet's data rows (below the header) as arrays of cells, column 1 first. */
export const dataRows = (sheet: ExcelJS.Worksheet): ExcelJS.Cell[][] => {
  const rows: ExcelJS.Cell[][] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const cells: ExcelJS.Cell[] = [];
    for (let c = 1; c <= sheet.columnCount; c += 1) cells.push(row.getCell(c));
    rows.push(cells);
  });
  return rows;
};

export const headersOf = (sheet: ExcelJS.Worksheet): string[] => {
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell) => headers.push(String(cell.value)));
  return headers;
};
