import { as, departmentByCode } from '../../../cms/tests/helpers/api';
import { useBrowser } from './helpers/browser';
import { eventually, listRows, signIn } from './helpers/panel';
import { uniquePhone } from './helpers/records';

/** A general complaint received two hours ago (due after 30 minutes), dispatched to 工程部. */
const overdueComplaint = async () => {
  const receivedAt = new Date(Date.now() - 2 * 3_600_000).toISOString();
  const created = await as('staff').post('/api/complaints', {
    data: { channel: 'phone', residentName: '吴刚', residentPhone: uniquePhone(), description: '电梯异响', address: '1栋', complexity: 'general', receivedAt },
  });
  if (created.status !== 201) throw new Error(`Recording failed: ${created.status} ${JSON.stringify(created.body)}`);
  const engineering = await departmentByCode('GC');
  const id = created.body.data.documentId as string;
  const res = await as('staff').post(`/api/complaints/${id}/actions/dispatch`, { data: { department: engineering.documentId } });
  if (res.status !== 200) throw new Error(`Dispatching failed: ${res.status} ${JSON.stringify(res.body)}`);
  return created.body.data as { documentId: string; number: string };
};

describe('overdue work (超时工单)', () => {
  const openPanel = useBrowser();

  it('offers 超时工单 in the menu to a department head', async () => {
    const page = await openPanel();
    await signIn(page, 'dept-head');
    // The 登记 group opens collapsed for a department head (no intake page to land on).
    await page.locator('.ant-menu-submenu-title', { hasText: '登记' }).click();
    await page.getByRole('menuitem', { name: /超时工单/ }).waitFor();
    expect(await page.getByRole('menuitem', { name: /超时工单/ }).count()).toBe(1);
  });

  it('shows a department head his overdue complaints and how late they are', async () => {
    const complaint = await overdueComplaint();
    const page = await openPanel();
    await signIn(page, 'dept-head');
    await page.goto('/overdue');

    await page.getByText(/^工程部 · \d+ 件$/).click();
    await eventually(async () => expect(await listRows(page).allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(complaint.number)])));
    const row = listRows(page).filter({ hasText: complaint.number });
    expect(await row.innerText()).toMatch(/已超时 1 小时 \d+ 分/);

    await row.getByRole('link', { name: complaint.number }).click();
    await page.getByRole('heading', { name: `客户诉求 ${complaint.number}` }).waitFor();
    expect(await page.getByText(/已超时 1 小时 \d+ 分/).first().isVisible()).toBe(true);
  });

  it('fits a phone: the records become cards', async () => {
    const complaint = await overdueComplaint();
    const page = await openPanel();
    await signIn(page, 'dept-head');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/overdue');
    const card = page.locator('.ant-list-item .ant-card').filter({ hasText: complaint.number });
    await card.waitFor();
    expect(await card.innerText()).toContain('工程部');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
