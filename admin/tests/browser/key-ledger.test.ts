import type { Page } from 'playwright-core';
import { as } from '../../../cms/tests/helpers/api';
import { keyNo } from '../../../cms/tests/helpers/keys';
import { useBrowser } from './helpers/browser';
import { button, choose, eventually, field, signIn, statusTag } from './helpers/panel';

describe('the key ledger at the front desk (钥匙借用与盘点)', () => {
  const openPanel = useBrowser();

  it('lends a key with the engineering head’s approval, refuses a second loan of it, and takes it back', async () => {
    const key = await keyNo(30);
    // Two desks fill in a loan of the same key at the same time; the picker still offers it to both.
    const [desk, otherDesk] = [await openPanel(), await openPanel()];
    const fillLoan = async (page: Page, borrower: string) => {
      await signIn(page, 'staff');
      await page.goto('/key-loans/create');
      await choose(field(page, '钥匙'), key.code);
      await field(page, '借用人').fill(borrower);
      await choose(field(page, '审批人'), '李工');
    };
    await fillLoan(desk, '吴师傅');
    await fillLoan(otherDesk, '郑师傅');

    await button(desk, '保存').click();
    await desk.getByRole('heading', { name: /^钥匙借用登记 YS-/ }).waitFor();
    expect(await statusTag(desk).innerText()).toBe('借出');

    await button(otherDesk, '保存').click();
    const refusal = otherDesk.getByText(new RegExp(`钥匙“${key.code} ${key.name}”已借出尚未归还（借用单 YS-\\d{8}-\\d{4}，借用人 吴师傅`));
    // Shown twice (under the key and in a notification); at least one of them is on screen.
    await refusal.first().waitFor();
    await eventually(async () => {
      const shown = await Promise.all((await refusal.all()).map((place) => place.isVisible()));
      expect(shown).toContain(true);
    });
    expect(otherDesk.url()).toMatch(/\/key-loans\/create$/);

    await button(desk, '归还').click();
    await field(desk, '归还人').fill('吴师傅');
    await button(desk.getByRole('dialog'), '确定').click();
    await eventually(async () => expect(await statusTag(desk).innerText()).toBe('已归还'));
    expect((await as('staff').get(`/api/keys/${key.documentId}`)).body.data.state).toBe('in_cabinet');
  });

  it('flags the one key not ticked off in a count', async () => {
    const count = await as('staff').post('/api/key-counts', { data: { kind: 'daily' } });
    const missing = await keyNo(31);
    const page = await openPanel();
    await signIn(page, 'staff');
    await page.goto(`/key-counts/show/${count.body.data.documentId}`);

    await button(page, '完成盘点').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.ant-table-row').first().waitFor();
    await dialog.locator('thead .ant-checkbox-input').check();
    await dialog.locator('.ant-table-row', { hasText: missing.code }).locator('.ant-checkbox-input').uncheck();
    expect(await dialog.getByText('未清点 1 件').isVisible()).toBe(true);
    await dialog.getByRole('button', { name: /完成盘点/ }).click();

    await eventually(async () => expect(await statusTag(page).innerText()).toBe('已盘点'));
    const row = page.locator('.ant-card .ant-table-row', { hasText: missing.code });
    await eventually(async () => expect(await row.innerText()).toContain('缺失'));
    expect(await page.locator('.ant-card .ant-table-row', { hasText: '缺失' }).count()).toBe(1);
  });
});
