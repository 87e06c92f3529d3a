import ExcelJS from 'exceljs';
import path from 'path';
import os from 'os';
import fs from 'fs';
import type { Locator, Page } from 'playwright-core';
import { as } from '../../../cms/tests/helpers/api';
import { useBrowser } from './helpers/browser';
import { button, eventually, field, listRows, messageOf, signIn } from './helpers/panel';

/** The card of the n-th field in the designer (0-based). */
const fieldCard = (page: Page, index: number) => page.locator('[data-field-key]').nth(index);

/** Picks an option of a non-searching antd select (its input is invisible): click the select, then the option. */
const pick = async (scope: Locator, name: string, option: string) => {
  await scope.locator('.ant-select', { has: scope.page().getByRole('combobox', { name }) }).click();
  await scope.page().locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
  // Until its closing animation ends the dropdown stays "visible": the next pick must not click into it.
  await eventually(async () => expect(await scope.page().locator('.ant-select-dropdown:visible').count()).toBe(0));
};

/** Adds a field in the designer: its label, its type, required or not. */
const addField = async (page: Page, index: number, label: string, type: string, required = false) => {
  await button(page, '添加字段').click();
  const card = fieldCard(page, index);
  await card.getByLabel('字段名称').fill(label);
  await pick(card, '字段类型', type);
  if (required) await card.getByRole('checkbox', { name: '必填' }).check();
  return card;
};

const entries = async () => {
  const res = await as('admin').get('/api/forms/entries/renovation?sort=createdAt:asc');
  if (res.status !== 200) throw new Error(`Listing entries failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as Array<Record<string, unknown>>;
};

describe('an administrator designs 装修申请 and staff use it at once (no restart)', () => {
  const openPanel = useBrowser();

  it('lets an administrator design and publish 装修申请 with a required deposit, an upload and a conditional field', async () => {
    const page = await openPanel();
    await signIn(page, 'admin');
    await page.getByRole('menuitem', { name: '表单设计' }).click();
    await page.getByText('未发布').waitFor();
    await field(page, '表单名称').fill('装修申请');
    await field(page, '表单标识').fill('renovation');
    await field(page, '编号前缀').fill('ZX');

    await addField(page, 0, '业主姓名', '单行文字', true);
    await addField(page, 1, '装修押金', '金额', true);
    await addField(page, 2, '施工图纸', '文件/照片');
    await addField(page, 3, '外包施工队', '是/否');
    const crew = await addField(page, 4, '施工队名称', '单行文字', true);
    await pick(crew, '此字段', '外包施工队');

    // The preview is the staff's own form: the conditional field appears only when switched on.
    const preview = page.getByTestId('form-preview');
    await field(preview, '装修押金').waitFor();
    expect(await field(preview, '施工队名称').count()).toBe(0);
    await field(preview, '外包施工队').click();
    await field(preview, '施工队名称').waitFor();

    await button(page, '发布新版本').click();
    await page.getByText('已发布“装修申请”第 1 版').waitFor();
    await page.getByText('第 1 版').first().waitFor();
  });

  it('refuses an application without the deposit and says 请填写装修押金 on that field', async () => {
    const page = await openPanel();
    await signIn(page, 'staff');
    // Form types land in the 表单 group of the menu.
    await page.getByRole('menuitem', { name: /(^|\s)表单$/ }).click();
    await page.getByRole('menuitem', { name: '装修申请' }).click();
    await button(page, '新建').click();
    await field(page, '业主姓名').fill('王建国');
    await button(page, '保存').click();

    const deposit = field(page, '装修押金');
    await page.getByText('请填写装修押金').waitFor();
    expect(await messageOf(deposit)).toBe('请填写装修押金');
    expect(await entries()).toEqual([]);
  });

  it('takes an application with plans and a crew, lists it, and filters the table by the deposit', async () => {
    const page = await openPanel();
    await signIn(page, 'staff');
    await page.goto('/form-renovation/create');
    await field(page, '业主姓名').fill('王建国');
    await field(page, '装修押金').fill('3000');
    const plan = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-')), 'plan.pdf');
    fs.writeFileSync(plan, '%PDF-1.4 施工图纸');
    await page.locator('input[type=file]').setInputFiles(plan);
    await page.getByText('plan.pdf').waitFor();
    expect(await field(page, '施工队名称').count()).toBe(0);
    await field(page, '外包施工队').click();
    await field(page, '施工队名称').fill('安居装饰');
    await button(page, '保存').click();

    const title = page.getByRole('heading', { name: /^装修申请 ZX-/ });
    await title.waitFor();
    const number = (await title.innerText()).replace('装修申请 ', '');
    expect(number).toMatch(/^ZX-\d{8}-\d{4}$/);
    expect((await entries()).map((e) => e.number)).toEqual([number]);
    const [saved] = await entries();
    const byLabel = (await as('admin').get('/api/records/registers')).body.data
      .find((r: { key: string }) => r.key === 'renovation').fields as Array<{ name: string; label: { 'zh-CN': string } }>;
    const key = (label: string) => byLabel.find((f) => f.label['zh-CN'] === label)?.name as string;
    expect(saved[key('装修押金')]).toBe(3000);
    expect(saved[key('施工队名称')]).toBe('安居装饰');
    expect(saved[key('施工图纸')]).toEqual([expect.objectContaining({ name: 'plan.pdf' })]);

    // A second application with a larger deposit, through the API, to filter between them.
    const other = await as('staff').post('/api/forms/entries/renovation', { data: { [key('业主姓名')]: '李娜', [key('装修押金')]: 8000 } });
    expect(other.status).toBe(201);

    await page.goto('/form-renovation');
    await eventually(async () => expect(await listRows(page).count()).toBe(2));
    const atLeast = page.getByLabel('装修押金 不低于');
    await atLeast.fill('5000');
    await atLeast.press('Enter');
    await eventually(async () => expect(await listRows(page).allInnerTexts()).toEqual([expect.stringContaining(other.body.data.number)]));
    await atLeast.fill('1000');
    await atLeast.press('Enter');
    await eventually(async () => expect(await listRows(page).count()).toBe(2));
    expect((await listRows(page).allInnerTexts()).join('\n')).toContain(number);

    // 导出Excel of the filtered table: the deposit a number cell, the headers the designer's labels.
    await atLeast.fill('5000');
    await atLeast.press('Enter');
    await eventually(async () => expect(await listRows(page).count()).toBe(1));
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, '导出Excel').click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await fs.promises.readFile((await download.path()) as string));
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['编号', '装修押金']));
    expect(sheet.rowCount).toBe(2);
    const deposit = sheet.getRow(2).getCell(headers.indexOf('装修押金') + 1);
    expect(deposit.type).toBe(ExcelJS.ValueType.Number);
    expect(deposit.value).toBe(8000);
    expect(sheet.getRow(2).getCell(headers.indexOf('编号') + 1).value).toBe(other.body.data.number);
  });
});
