import type { FormDefinition } from '@wuyedesk/contracts';
import { as, firstOf } from '../../../cms/tests/helpers/api';
import { useBrowser } from './helpers/browser';
import { button, eventually, listRows, signIn } from './helpers/panel';

const KEY = 'renovation-find';
const lbl = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** 装修申请 whose designer marked 押金单号 可筛选 and put it in the table. */
const form: FormDefinition = {
  key: KEY,
  name: lbl('装修申请', 'Renovation application'),
  numberPrefix: 'ZF',
  sections: [],
  permissions: [{ role: 'staff', can: ['fill'] }],
  fields: [
    { name: 'f_unit', type: 'relation', target: 'unit', label: lbl('房号', 'Unit'), required: true },
    { name: 'f_owner', type: 'string', label: lbl('业主姓名', 'Owner'), required: true, maxLength: 50 },
    { name: 'f_receipt', type: 'string', label: lbl('押金单号', 'Deposit receipt'), maxLength: 40, filterable: true },
  ],
  listFields: ['f_owner', 'f_receipt'],
};

describe('finding an 装修申请 by its 押金单号 (a field the designer marked 可筛选)', () => {
  const openPanel = useBrowser();
  const numbers: Record<string, string> = {};

  beforeAll(async () => {
    expect((await as('admin').post('/api/forms/types', { data: form })).status).toBe(201);
    const unit = (await firstOf('units')).documentId;
    for (const [owner, receipt] of [['王建国', 'YJ-2026-0081'], ['李娜', 'YJ-2026-0137']]) {
      const res = await as('staff').post(`/api/forms/entries/${KEY}`, { data: { f_unit: unit, f_owner: owner, f_receipt: receipt } });
      expect(res.status).toBe(201);
      numbers[receipt] = res.body.data.number;
    }
  });

  it('finds it in the search box, which offers 押金单号', async () => {
    const page = await openPanel();
    await signIn(page, 'staff');
    await page.goto(`/form-${KEY}`);
    await eventually(async () => expect(await listRows(page).count()).toBe(2));

    const search = page.getByRole('searchbox', { name: /押金单号/ });
    await search.fill('0137');
    await search.press('Enter');
    await eventually(async () => expect(await listRows(page).allInnerTexts()).toEqual([expect.stringContaining(numbers['YJ-2026-0137'])]));
  });

  it('filters the table by the 押金单号 column', async () => {
    const page = await openPanel();
    await signIn(page, 'staff');
    await page.goto(`/form-${KEY}`);
    await eventually(async () => expect(await listRows(page).count()).toBe(2));

    // The header's funnel (antd also renders a hidden copy of the header to measure columns).
    await page.getByRole('columnheader', { name: /押金单号/ }).getByRole('button', { name: 'filter' }).click();
    const dropdown = page.locator('.ant-table-filter-dropdown:visible');
    await dropdown.getByLabel('按押金单号筛选').fill('0081');
    await button(dropdown, '筛选').click();
    await eventually(async () => expect(await listRows(page).allInnerTexts()).toEqual([expect.stringContaining(numbers['YJ-2026-0081'])]));
    expect(page.url()).toContain('f_receipt');
  });
});
