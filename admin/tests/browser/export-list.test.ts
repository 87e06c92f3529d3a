import ExcelJS from 'exceljs';
import { readFile } from 'fs/promises';
import { useBrowser } from './helpers/browser';
import { button, eventually, listRows, signIn } from './helpers/panel';
import { recordComplaint } from './helpers/records';

describe('exporting the complaint list to Excel (导出Excel)', () => {
  const openPanel = useBrowser();

  it('downloads the filtered list as a workbook with the rows the list shows', async () => {
    const complaint = await recordComplaint();
    const page = await openPanel();
    await signIn(page, 'staff');
    const search = page.getByRole('searchbox', { name: /联系电话/ });
    await search.fill(complaint.residentPhone);
    await search.press('Enter');
    await eventually(async () => expect(await listRows(page).count()).toBe(1));

    const [download] = await Promise.all([page.waitForEvent('download'), button(page, '导出Excel').click()]);
    expect(download.suggestedFilename()).toMatch(/^客户诉求-\d{8}-\d{4}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await readFile((await download.path()) as string));
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('编号');
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe(complaint.number);
  });
});
