import type { CalendarInput, DeadlinePolicyView } from '@wuyedesk/contracts';
import { as } from '../../../cms/tests/helpers/api';
import { useBrowser } from './helpers/browser';
import { button, eventually, field, messageOf, signIn } from './helpers/panel';

const POLICIES = '/api/deadlines/settings/policies';
const CALENDAR = '/api/deadlines/settings/calendar';

const generalComplaintPolicy = async () =>
  ((await as('admin').get(POLICIES)).body.data as DeadlinePolicyView[]).find(
    (p) => p.name === '一般投诉 30分钟',
  ) as DeadlinePolicyView;

describe('时限设置: the administrator changes the office’s deadlines in the panel', () => {
  const openPanel = useBrowser();

  it('edits a policy’s duration and escalation, refusing a step without anyone to notify', async () => {
    const policy = await generalComplaintPolicy();
    try {
      const page = await openPanel();
      await signIn(page, 'admin');
      await page.getByRole('menuitem', { name: '时限设置' }).click();
      const row = page.getByRole('row', { name: /一般投诉 30分钟/ });
      await eventually(async () => expect(await row.innerText()).toContain('30 分钟'));
      await button(row, '编辑').click();

      const drawer = page.getByRole('dialog', { name: '一般投诉 30分钟' });
      await field(drawer, '时限').fill('40');
      await button(drawer, '添加升级').click();
      const notifyOfNewStep = drawer.getByRole('combobox', { name: '通知对象' }).nth(2);
      // The select already shows a role, whose label covers the input: open it through the label.
      await notifyOfNewStep.click({ force: true });
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="指定邮箱"]').click();
      await button(drawer, '保存').click();
      await eventually(async () => expect(await messageOf(notifyOfNewStep)).toBe('通知对象必须是角色或邮箱地址'));

      await drawer.getByRole('textbox', { name: '指定邮箱' }).fill('gm@wuye.test');
      await button(drawer, '保存').click();
      await drawer.waitFor({ state: 'hidden' });
      await eventually(async () => expect(await row.innerText()).toContain('40 分钟'));
      expect(await row.innerText()).toContain('gm@wuye.test');

      const saved = await generalComplaintPolicy();
      expect(saved).toMatchObject({ amount: 40, unit: 'minutes' });
      expect(saved.escalation.at(-1)).toMatchObject({ level: 3, notify: 'gm@wuye.test' });
    } finally {
      await as('admin').put(`${POLICIES}/${policy.id}`, {
        data: { amount: policy.amount, escalation: policy.escalation },
      });
    }
  });

  it('adds next year’s New Year holiday to the working calendar', async () => {
    const before = (await as('admin').get(CALENDAR)).body.data as CalendarInput;
    try {
      const page = await openPanel();
      await signIn(page, 'admin');
      await page.goto('/deadline-settings');
      await page.getByRole('tab', { name: '工作日历' }).click();
      await page.getByText('2027', { exact: true }).click();
      const picker = page.getByPlaceholder('添加放假日');
      await picker.click();
      await picker.fill('2027-01-01');
      await picker.press('Enter');
      await page.getByText('2027-01-01', { exact: true }).waitFor();
      await button(page, '保存').click();
      await eventually(async () => {
        const saved = (await as('admin').get(CALENDAR)).body.data as CalendarInput;
        expect(saved.holidays).toContain('2027-01-01');
      });
      await page.reload();
      await page.getByRole('tab', { name: '工作日历' }).click();
      await page.getByText('2027', { exact: true }).click();
      await page.getByText('2027-01-01', { exact: true }).waitFor();
    } finally {
      await as('admin').put(CALENDAR, { data: { holidays: before.holidays, workdays: before.workdays } });
    }
  });

  it('is not offered to the front desk', async () => {
    const page = await openPanel();
    await signIn(page, 'staff');
    expect(await page.getByRole('menuitem', { name: '时限设置' }).count()).toBe(0);
  });
});
