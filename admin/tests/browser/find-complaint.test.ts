import { useBrowser } from './helpers/browser';
import { eventually, listRows, signIn } from './helpers/panel';
import { recordComplaint } from './helpers/records';

describe('finding a complaint in the list (客户诉求)', () => {
  const openPanel = useBrowser();

  it('finds a complaint by the resident’s phone number in the quick search and opens it', async () => {
    const complaint = await recordComplaint();
    const page = await openPanel();
    await signIn(page, 'staff');

    const search = page.getByRole('searchbox', { name: /联系电话/ });
    await search.fill(complaint.residentPhone);
    await search.press('Enter');

    await eventually(async () => expect(await listRows(page).allInnerTexts()).toEqual([expect.stringContaining(complaint.number)]));
    await listRows(page).getByRole('button', { name: '查看' }).click();
    await page.getByRole('heading', { name: `客户诉求 ${complaint.number}` }).waitFor();
    expect(await page.getByText(complaint.residentPhone, { exact: true }).isVisible()).toBe(true);
  });
});
