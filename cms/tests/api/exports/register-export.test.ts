import ExcelJS from 'exceljs';
import qs from 'qs';
import { complaintRegister } from '@wuyedesk/contracts';
import { anonymous, as, departmentByCode } from '../../helpers/api';
import { dataRows, downloadWorkbook, headersOf } from '../../helpers/xlsx';
import { keysInCabinet, scheduledCount } from '../../helpers/keys';

const marker = `导出${Date.now().toString(36)}`;
const search = (text: string) => ({ filters: { $or: [{ residentName: { $containsi: text } }, { number: { $containsi: text } }] } });

const record = async (data: Record<string, unknown>, departmentCode?: string) => {
  const created = await as('staff').post('/api/complaints', { data: { channel: 'phone', description: '漏水', address: '3栋', ...data } });
  expect(created.status).toBe(201);
  const id = created.body.data.documentId as string;
  if (departmentCode) {
    const department = await departmentByCode(departmentCode);
    const res = await as('staff').post(`/api/complaints/${id}/actions/dispatch`, { data: { department: department.documentId } });
    expect(res.status).toBe(200);
  }
  return created.body.data as { documentId: string; number: string };
};

describe('exporting a register to Excel (导出Excel)', () => {
  let engineering: { number: string };
  let cleaning: { number: string };
  let formula: { number: string };

  beforeAll(async () => {
    engineering = await record({ residentName: `${marker}甲`, residentPhone: '13800000002', receivedAt: '2026-11-20T09:30:00+08:00', kind: 'complaint' }, 'GC');
    cleaning = await record({ residentName: `${marker}乙`, residentPhone: '13800000001', receivedAt: '2026-11-21T14:05:00+08:00', kind: 'enquiry' }, 'BJ');
    formula = await record({ residentName: `=HYPERLINK("http://evil.example","${marker}")`, receivedAt: '2026-11-22T08:00:00+08:00' });
  });

  it('writes the list’s columns with their Chinese labels, a frozen header and an auto-filter', async () => {
    const { res, workbook } = await downloadWorkbook('staff', '/api/exports/complaints.xlsx', search(marker));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const sheet = workbook.worksheets[0];
    const labels = complaintRegister.listFields.map((name) => complaintRegister.fields.find((f) => f.name === name)!.label['zh-CN']);
    expect(headersOf(sheet)).toEqual(labels);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('exports only the rows the list’s filter (quick search) finds, in the list’s order', async () => {
    const { workbook } = await downloadWorkbook('staff', '/api/exports/complaints.xlsx', { ...search(marker), sort: ['receivedAt:asc'] });
    const numbers = dataRows(workbook.worksheets[0]).map((row) => row[0].value);
    expect(numbers).toEqual([engineering.number, cleaning.number, formula.number]);
  });

  it('orders rows exactly as the list does, NULLs where the database puts them', async () => {
    for (const sort of ['residentPhone:asc', 'residentPhone:desc', 'receivedAt:desc']) {
      const query = { ...search(marker), sort: [sort] };
      const list = await as('staff').get(`/api/complaints?${qs.stringify({ ...query, pagination: { pageSize: 100 } }, { encodeValuesOnly: true })}`);
      const { workbook } = await downloadWorkbook('staff', '/api/exports/complaints.xlsx', query);
      expect(dataRows(workbook.worksheets[0]).map((row) => row[0].value)).toEqual(list.body.data.map((c: { number: string }) => c.number));
    }
  });

  it('writes times as real date cells showing Shanghai wall-clock time, and enums as their labels', async () => {
    const { workbook } = await downloadWorkbook('staff', '/api/exports/complaints.xlsx', { ...search(`${marker}甲`), columns: 'number,receivedAt,kind,department' });
    const sheet = workbook.worksheets[0];
    expect(headersOf(sheet)).toEqual(['编号', '受理时间', '诉求类型', '责任部门']);
    const [row] = dataRows(sheet);
    expect(row[1].type).toBe(ExcelJS.ValueType.Date);
    expect((row[1].value as Date).toISOString()).toBe('2026-11-20T09:30:00.000Z');
    expect(row[1].numFmt).toContain('yyyy');
    expect(row[2].value).toBe('投诉');
    expect(row[3].value).toBe('工程部');
  });

  it('stores text that looks like a formula as text, never as a formula', async () => {
    const { workbook } = await downloadWorkbook('staff', '/api/exports/complaints.xlsx', { filters: { number: { $eq: formula.number } }, columns: 'number,residentName' });
    const [row] = dataRows(workbook.worksheets[0]);
    expect(row[1].type).toBe(ExcelJS.ValueType.String);
    expect(row[1].value).toBe(`=HYPERLINK("http://evil.example","${marker}")`);
    expect(row[1].formula).toBeUndefined();
    expect(row[1].numFmt).toBe('@');
  });

  it('shows a department head only their own department’s rows', async () => {
    const { workbook } = await downloadWorkbook('dept-head', '/api/exports/complaints.xlsx', search(marker));
    const numbers = dataRows(workbook.worksheets[0]).map((row) => row[0].value);
    expect(numbers).toEqual([engineering.number]);
  });

  it('writes numbers as numbers', async () => {
    const inCabinet = await keysInCabinet();
    const count = { body: { data: await scheduledCount('daily', '2024-05-15T02:00:00Z') } };
    const done = await as('staff').post(`/api/key-counts/${count.body.data.documentId}/actions/complete`, {
      data: { foundKeys: inCabinet.slice(1).map((k) => k.documentId), notes: marker },
    });
    expect(done.status).toBe(200);
    const { workbook } = await downloadWorkbook('staff', '/api/exports/key-counts.xlsx', {
      filters: { number: { $eq: count.body.data.number } }, columns: 'number,expectedCount,presentCount,missingKeys',
    });
    const [row] = dataRows(workbook.worksheets[0]);
    expect(row[1].type).toBe(ExcelJS.ValueType.Number);
    expect(row[1].value).toBe(inCabinet.length);
    expect(row[2].value).toBe(inCabinet.length - 1);
    expect(row[3].value).toBe(inCabinet[0].code);
  });

  it('writes English headers when the panel is in English', async () => {
    const { workbook } = await downloadWorkbook('staff', '/api/exports/complaints.xlsx', { ...search(`${marker}甲`), columns: 'number,kind', locale: 'en' });
    expect(headersOf(workbook.worksheets[0])).toEqual(['Number', 'Kind']);
    expect(dataRows(workbook.worksheets[0])[0][1].value).toBe('Complaint');
  });

  it('refuses a filter on a field the register does not have', async () => {
    const res = await as('staff').get('/api/exports/complaints.xlsx?filters[password][$eq]=x');
    expect(res.status).toBe(400);
  });

  it('refuses anonymous exports', async () => {
    expect((await anonymous().get('/api/exports/complaints.xlsx')).status).toBe(403);
  });
});
