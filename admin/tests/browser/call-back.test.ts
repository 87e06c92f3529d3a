import { as } from '../../../cms/tests/helpers/api';
import { useBrowser } from './helpers/browser';
import { button, choose, eventually, field, listRows, signIn, statusTag } from './helpers/panel';
import { recordComplaint } from './helpers/records';

/** A complaint (投诉) resolved by the desk: its rule asks the supervisor to call back within 7 days. */
const resolvedComplaint = async () => {
  const complaint = await recordComplaint({ residentName: '孙丽' });
  const res = await as('staff').post(`/api/complaints/${complaint.documentId}/actions/resolve`, {
    data: { resolution: '已更换楼道灯' },
  });
  if (res.status !== 200) throw new Error(`Resolving failed: ${res.status} ${JSON.stringify(res.body)}`);
  return complaint;
};

describe('callbacks (回访)', () => {
  const openPanel = useBrowser();

  it('lets the supervisor open 待回访, record a callback and see the complaint closed', async () => {
    const complaint = await resolvedComplaint();
    const page = await openPanel();
    await signIn(page, 'supervisor');
    // 待回访 sits in the 登记 group, which opens collapsed.
    await page.locator('.ant-menu-submenu-title', { hasText: '登记' }).click();
    await page.getByRole('menuitem', { name: /待回访/ }).click();
    await page.getByRole('heading', { name: '待回访' }).waitFor();

    const row = listRows(page).filter({ hasText: complaint.number });
    await eventually(async () => expect(await row.count()).toBe(1));
    expect(await row.innerText()).toContain('孙丽');
    expect(await row.innerText()).toMatch(/剩余 [67] 天/);

    await button(row, '登记回访').click();
    const dialog = page.getByRole('dialog', { name: '登记回访' });
    await choose(field(dialog, '回访方式'), '电话');
    await choose(field(dialog, '满意度'), '满意');
    await field(dialog, '住户意见').fill('灯已经亮了，谢谢');
    await button(dialog, '确定').click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(async () => expect(await listRows(page).filter({ hasText: complaint.number }).count()).toBe(0));

    // The callback done, the complaint was closed: its link stays under 本次处理.
    await page.locator('.ant-card', { hasText: '本次处理' }).getByRole('link', { name: complaint.number }).click();
    await page.getByRole('heading', { name: `客户诉求 ${complaint.number}` }).waitFor();
    await eventually(async () => expect(await statusTag(page).innerText()).toBe('已关闭'));
    expect(await page.locator('.ant-card', { hasText: '回访' }).first().innerText()).toContain('已回访');
  });

  it('lets the administrator read the seeded rules on 回访规则 and add one', async () => {
    const page = await openPanel();
    await signIn(page, 'admin');
    await page.goto('/callback-rules');
    const repairs = listRows(page).filter({ hasText: '报修回访 10天内 抽样30%（客服助理）' });
    await eventually(async () => expect(await repairs.count()).toBe(1));
    expect(await repairs.innerText()).toMatch(/工程服务单[\s\S]*完成[\s\S]*10 自然日[\s\S]*30%[\s\S]*客服助理/);

    const name = `特约服务回访 ${Date.now()}`;
    await button(page, '新建规则').click();
    const dialog = page.getByRole('dialog', { name: '新建规则' });
    await field(dialog, '规则名称').fill(name);
    await field(dialog, '回访比例（%）').fill('30');
    await button(dialog, '确定').click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(async () => expect(await listRows(page).filter({ hasText: name }).count()).toBe(1));
  });
});
