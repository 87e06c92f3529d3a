import { as } from '../../../cms/tests/helpers/api';
import { keyNo } from '../../../cms/tests/helpers/keys';
import { useBrowser } from './helpers/browser';
import { button, choose, eventually, field, signIn, statusTag } from './helpers/panel';

describe('the key ledger at the front desk (钥匙借用与盘点)', () => {
  const openPanel = useBrowser();

  it('lends a key with the engineering head’s approval, refuses a second loan of it, and takes it back', async () => {
    const key = await keyNo(30);
    const page = await openPanel();
    await signIn(page, 'staff');

    const lendKey = async () => {
      await page.goto('/key-loans/create');
      await choose(field(page, '钥匙'), key.code);
      await field(page, '借用人').fill('吴师傅');
      await choose(field(page, '审批人'), '李工');
      await button(page, '保存').click();
    };

    await lendKey();
    await page.getByRole('heading', { name: /^钥匙借用登记 YS-/ }).waitFor();
    expect(await statusTag(page).innerText()).toBe('借出');
    const loanUrl = page.url();

    await lendKey();
    const refusal = page.getByText(new RegExp(`钥匙“${key.code} ${key.name}”已借出尚未归还（借用单 YS-`)).first();
    await refusal.waitFor();
    expect(await refusal.isVisible()).toBe(true);
    expect(page.url()).toMatch(/\/key-loans\/create$/);

    await page.goto(loanUrl);
    await button(page, '归还').click();
    await field(page, '归还人').fill('吴师傅');
    await button(page.getByRole('dialog'), '确定').click();
    await eventually(async () => expect(await statusTag(page).innerText()).toBe('已归还'));
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
