import { as, firstOf } from '../../helpers/api';
import { publish, renovationForm } from '../../helpers/forms';
import { dataRows, downloadWorkbook, headersOf } from '../../helpers/xlsx';

const KEY = 'renovation-export';
const BASE = `/api/forms/entries/${KEY}`;
const EXPORT = `/api/exports/form-${KEY}.xlsx`;

/** 导出Excel of a form type designed in the panel: the same exporter as the built-in registers. */
describe('exporting a form type’s entries to Excel', () => {
  beforeAll(async () => {
    expect((await publish(renovationForm(KEY, 'ZE'))).status).toBe(201);
    const unit = (await firstOf('units')).documentId;
    for (const [owner, deposit, start] of [
      ['王建国', 1000, '2027-01-04'],
      ['=SUM(A1:A9)', 5000, '2027-02-01'],
      ['李秀英', 9000, null],
    ] as const) {
      const res = await as('staff').post(BASE, {
        data: {
          f_unit: unit,
          f_owner: owner,
          f_deposit: deposit,
          f_kind: 'full',
          ...(start ? { f_start: start } : {}),
        },
      });
      expect(res.status).toBe(201);
    }
  });

  it('exports the filtered entries with Chinese headers, money as numbers, dates as dates and formulas as text', async () => {
    const { res, workbook } = await downloadWorkbook('staff', EXPORT, {
      filters: { f_deposit: { $gte: 4000 } },
      columns: 'number,f_owner,f_deposit,f_start,f_kind',
    });
    expect(res.status).toBe(200);
    const sheet = workbook.worksheets[0];
    expect(headersOf(sheet)).toEqual(['编号', '业主姓名', '装修押金', '开工日期', '装修类型']);
    const rows = dataRows(sheet);
    // In the list's order (newest first), as every register exports.
    expect(rows.map((r) => r[1].value)).toEqual(['李秀英', '=SUM(A1:A9)']);
    expect(rows.map((r) => r[2].value)).toEqual([9000, 5000]);
    expect(rows[1][3].value).toBeInstanceOf(Date);
    expect(rows[1][1].type).toBe(3); // ExcelJS.ValueType.String: never a formula
    expect(rows[1][4].value).toBe('精装');
  });

  it('refuses a filter on a field the form does not have, naming the parameter', async () => {
    const { res } = await downloadWorkbook('staff', EXPORT, { filters: { f_nothing: { $eq: 1 } } });
    expect(res.status).toBe(400);
    expect(JSON.parse(String(res.body)).error.message).toBe('查询参数 filters.f_nothing：没有名为“f_nothing”的字段');
  });

  it('keeps exporting the earlier entries after a field is removed in a new version', async () => {
    const v1 = renovationForm(KEY, 'ZE');
    expect((await publish({ ...v1, fields: v1.fields.filter((f) => f.name !== 'f_start') })).body.data).toEqual({
      key: KEY,
      version: 2,
    });
    const { res, workbook } = await downloadWorkbook('director', EXPORT, { columns: 'f_owner,f_deposit,f_start' });
    expect(res.status).toBe(200);
    const rows = dataRows(workbook.worksheets[0]);
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r[0].value === '王建国')?.[2].value).toBeInstanceOf(Date);
  });
});
