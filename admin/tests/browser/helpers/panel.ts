import { complaintRegister } from '@wuyedesk/contracts';
import type { Locator, Page } from 'playwright-core';
import type { DemoUser } from '../../../../cms/tests/helpers/api';
import { DEFAULT_DEMO_PASSWORD } from '../../../../cms/src/seed/users';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A button by its Chinese label. antd puts a space between two Chinese characters on a button
 * ("派 单"), and an icon's name before its text ("save 保存"), so "派单" matches both.
 */
export const button = (scope: Page | Locator, label: string) =>
  scope.getByRole('button', { name: new RegExp(`(^|\\s)${[...label].map(escapeRegExp).join('\\s?')}$`) });

/** A form control by its label exactly ("房号" is not "地址（无房号时填写）"); required marks allowed. */
export const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^(\\*\\s*)?${escapeRegExp(label)}$`));

/** The message shown under a form control (antd links it with aria-describedby). */
export const messageOf = async (control: Locator) => {
  const ids = (await control.getAttribute('aria-describedby')) ?? '';
  const page = control.page();
  const texts = await Promise.all(ids.split(/\s+/).filter(Boolean).map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ').trim();
};

/**
 * The workflow state shown beside a record's title. The tag carries no label of its own, so it
 * is found by its place in the page header.
 */
export const statusTag = (page: Page) => page.locator('.ant-page-header-heading-extra .ant-tag').first();

/** Signs in through the login form, as a person would, and waits for the panel. */
export const signIn = async (page: Page, user: DemoUser) => {
  await page.goto('/login');
  await field(page, '用户名或邮箱').fill(user);
  await field(page, '密码').fill(DEFAULT_DEMO_PASSWORD);
  await button(page, '登录').click();
  await page.getByRole('menuitem', { name: '退出登录' }).waitFor();
};

const STEP_LABELS = (complaintRegister.workflow?.actions ?? []).map((action) => action.label['zh-CN']);

/**
 * The workflow steps (派单, 签收, 完成…) offered beside a complaint's title, in order; the
 * page's other buttons (list, edit, refresh, print…) are left out.
 */
export const offeredSteps = async (page: Page) =>
  (await page.locator('.ant-page-header-heading-extra button').allInnerTexts())
    .map((text) => text.replace(/\s+/g, ''))
    .filter((label) => STEP_LABELS.includes(label));

/** The data rows of the list on the page (not the header, not antd's measuring row). */
export const listRows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');

/** Opens a record from the list (客户诉求) through the quick search for its phone number. */
export const openFromList = async (page: Page, { residentPhone, number }: { residentPhone: string; number: string }) => {
  const search = page.getByRole('searchbox', { name: /联系电话/ });
  await search.fill(residentPhone);
  await search.press('Enter');
  await eventually(async () => expect(await listRows(page).allInnerTexts()).toEqual([expect.stringContaining(number)]));
  await listRows(page).getByRole('button', { name: '查看' }).click();
  await page.getByRole('heading', { name: `客户诉求 ${number}` }).waitFor();
};

/** Picks an option of a select with the mouse: open it, type to search when it searches, click. */
export const choose = async (control: Locator, option: string) => {
  await control.click();
  if (await control.evaluate((input) => !(input as HTMLInputElement).readOnly)) await control.fill(option);
  await control.page().locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
};

/** Retries an assertion until it holds (the panel updates after its requests return). */
export const eventually = async (assertion: () => Promise<void>, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
};
