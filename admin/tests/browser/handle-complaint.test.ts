import { useBrowser } from './helpers/browser';
import { button, choose, eventually, field, openFromList, signIn, statusTag } from './helpers/panel';
import { complaintsWithPhone, dispatchedComplaint, recordComplaint } from './helpers/records';

describe('handling a complaint: 派单 → 签收', () => {
  const openPanel = useBrowser();

  it('lets staff dispatch a complaint (派单) to 工程部', async () => {
    const complaint = await recordComplaint();
    const page = await openPanel();
    await signIn(page, 'staff');
    await page.goto(`/complaints/show/${complaint.documentId}`);

    await button(page, '派单').click();
    const dialog = page.getByRole('dialog', { name: '派单' });
    await choose(field(dialog, '责任部门'), '工程部');
    await button(dialog, '确定').click();

    await dialog.waitFor({ state: 'hidden' });
    await eventually(async () => expect(await statusTag(page).innerText()).toBe('已派单'));
    expect(await page.getByRole('row', { name: /责任部门/ }).innerText()).toContain('工程部');
    expect(await complaintsWithPhone(complaint.residentPhone)).toEqual([
      expect.objectContaining({ status: 'dispatched', department: expect.objectContaining({ name: '工程部' }) }),
    ]);
  });

  it('lets the head of 工程部 open a complaint dispatched to them and accept it (签收), which then shows 已签收', async () => {
    const complaint = await dispatchedComplaint();
    const page = await openPanel();
    await signIn(page, 'dept-head');
    await openFromList(page, complaint);
    await eventually(async () => expect(await statusTag(page).innerText()).toBe('已派单'));

    await button(page, '签收').click();
    const dialog = page.getByRole('dialog', { name: '签收' });
    await button(dialog, '确定').click();

    await dialog.waitFor({ state: 'hidden' });
    await eventually(async () => expect(await statusTag(page).innerText()).toBe('已签收'));
    expect(await complaintsWithPhone(complaint.residentPhone)).toEqual([expect.objectContaining({ status: 'accepted' })]);
  });
});
