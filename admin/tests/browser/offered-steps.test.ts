import { useBrowser } from './helpers/browser';
import { button, offeredSteps, signIn } from './helpers/panel';
import { dispatchedComplaint, recordComplaint } from './helpers/records';

describe('a complaint offers only the steps its state allows the signed-in role', () => {
  const openPanel = useBrowser();

  it('offers staff 派单, 完成 and 作废 on a 已登记 complaint, but not 签收 or 关闭', async () => {
    const complaint = await recordComplaint();
    const page = await openPanel();
    await signIn(page, 'staff');
    await page.goto(`/complaints/show/${complaint.documentId}`);
    await button(page, '派单').waitFor();

    const steps = await offeredSteps(page);
    expect(steps).toEqual(['派单', '完成', '作废']);
    expect(steps).not.toContain('签收');
    expect(steps).not.toContain('关闭');
  });

  it('offers the head of 工程部 签收 on a complaint dispatched to them, but not 派单', async () => {
    const complaint = await dispatchedComplaint();
    const page = await openPanel();
    await signIn(page, 'dept-head');
    await page.goto(`/complaints/show/${complaint.documentId}`);
    await button(page, '签收').waitFor();

    const steps = await offeredSteps(page);
    expect(steps).toEqual(['签收']);
    expect(steps).not.toContain('派单');
  });
});
