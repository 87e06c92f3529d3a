import { useBrowser } from './helpers/browser';
import { signIn } from './helpers/panel';

describe('the statistics dashboard 统计看板', () => {
  const openPanel = useBrowser();

  it('is the director’s first screen, with the period’s figures drawn as charts', async () => {
    const page = await openPanel();
    await signIn(page, 'director');
    await page.getByRole('heading', { name: '统计看板' }).waitFor();
    await page.getByText('完成情况').waitFor();
    // @ant-design/plots draws on a canvas once its lazily loaded chunk has arrived.
    await page.locator('canvas').first().waitFor();
    // Callback figures come from the callbacks plugin: a chart against the 100%/30% targets.
    await page.getByText('回访率与目标（投诉 100%，报修 30%）').waitFor();
    expect(await page.getByText('回访数据不可用').count()).toBe(0);
  });
});
