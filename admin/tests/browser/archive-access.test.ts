import { act, newArchive, requestAccess } from '../../../cms/tests/helpers/archives';
import { useBrowser } from './helpers/browser';
import { button, eventually, field, signIn } from './helpers/panel';

/** Picks an option of a plain (non-searching) select: its input is hidden, so the box is clicked. */
const pick = async (page: import('playwright-core').Page, label: string, option: string) => {
  await field(page, label)
    .locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]')
    .click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
};

const stepButtons = async (page: import('playwright-core').Page) =>
  (await page.locator('.ant-page-header-heading-extra button').allInnerTexts()).map((text) => text.replace(/\s+/g, ''));

describe('archive access at the desk (档案查阅/借阅)', () => {
  const openPanel = useBrowser();

  it('asks an outside person for a letter of introduction and a copy for its scope, only then', async () => {
    const page = await openPanel();
    await signIn(page, 'staff');
    await page.goto('/archive-loans/create');
    await field(page, '申请人').waitFor();
    expect(await page.getByText('介绍信', { exact: true }).count()).toBe(0);
    expect(await field(page, '复制范围').count()).toBe(0);

    await pick(page, '申请人类别', '外部人员');
    await pick(page, '方式', '复制/摘抄/拍照');
    await field(page, '复制范围').waitFor();
    await page.getByText('介绍信', { exact: true }).waitFor();

    await button(page, '保存').click();
    await page.getByText('请填写介绍信（外部人员须凭单位介绍信查阅档案）').waitFor();
    await page.getByText('请填写复制范围（复制、摘抄或拍照须写明范围）').waitFor();
  });

  it('offers the approval of a copy to the director, not to the supervisor', async () => {
    const request = await requestAccess(await newArchive(), 'copy');
    const page = await openPanel();
    await signIn(page, 'supervisor');
    await page.goto(`/archive-loans/show/${request.documentId}`);
    await page.getByRole('heading', { name: `档案查阅/借阅登记 ${request.number}` }).waitFor();
    // The steps the supervisor has are there (作废); the copy's approval is not.
    await eventually(async () => expect(await stepButtons(page)).toContain('作废'));
    expect(await stepButtons(page)).not.toContain('批准');

    const director = await openPanel();
    await signIn(director, 'director');
    await director.goto(`/archive-loans/show/${request.documentId}`);
    await eventually(async () => expect(await stepButtons(director)).toContain('批准'));
  });

  it('shows each step’s field changes in the record’s history, in words', async () => {
    const request = await requestAccess(await newArchive(), 'loan');
    await act('supervisor', request.documentId, 'approve');
    await act('staff', request.documentId, 'lend', { dueAt: '2026-12-01T17:00:00+08:00' });
    const page = await openPanel();
    await signIn(page, 'staff');
    await page.goto(`/archive-loans/show/${request.documentId}`);
    await page.getByText('应还时间：— → 2026-12-01 17:00').waitFor();
    await page.getByText('审批人：— → 张主管').waitFor();
  });
});
