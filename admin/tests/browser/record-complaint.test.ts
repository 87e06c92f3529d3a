import { useBrowser } from './helpers/browser';
import { fillByKeyboard, tabTo } from './helpers/keyboard';
import { button, field, messageOf, signIn } from './helpers/panel';
import { complaintsWithPhone, uniquePhone } from './helpers/records';

/** Today in Shanghai as in a complaint number (YYYYMMDD). */
const shanghaiDay = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).replace(/-/g, '');

describe('recording a complaint on the form (新建客户诉求)', () => {
  const openPanel = useBrowser();

  it('lets staff record a complaint with the keyboard alone and shows its number TS-YYYYMMDD-NNNN', async () => {
    const page = await openPanel();
    await signIn(page, 'staff');
    await page.goto('/complaints/create');
    await page.getByRole('heading', { name: '新建客户诉求' }).waitFor();
    const phone = uniquePhone();
    const dayBefore = shanghaiDay();

    await fillByKeyboard(page, {
      来源渠道: '来访',
      住户姓名: '周明',
      联系电话: phone,
      房号: '1-1-101',
      诉求内容: '卫生间天花板漏水，疑似楼上水管',
      类别: '工程维修',
      复杂程度: '较复杂',
    });
    await tabTo(page, button(page, '保存'));
    await page.keyboard.press('Enter');

    const title = page.getByRole('heading', { name: /^客户诉求 TS-/ });
    await title.waitFor();
    const number = (await title.innerText()).replace('客户诉求 ', '');
    expect(number).toMatch(/^TS-\d{8}-\d{4}$/);
    expect([dayBefore, shanghaiDay()]).toContain(number.slice(3, 11));
    expect(await complaintsWithPhone(phone)).toEqual([
      expect.objectContaining({
        number,
        channel: 'visit',
        residentName: '周明',
        unit: expect.objectContaining({ code: '1-1-101' }),
        category: 'engineering',
        complexity: 'fairly_complex',
        status: 'received',
      }),
    ]);
  });

  it('does not save a complaint without the resident’s name, and says 请填写住户姓名 on that field', async () => {
    const page = await openPanel();
    await signIn(page, 'staff');
    await page.goto('/complaints/create');
    const phone = uniquePhone();
    await field(page, '联系电话').fill(phone);
    await field(page, '地址（无房号时填写）').fill('3栋2单元');
    await field(page, '诉求内容').fill('电梯按钮失灵');

    await button(page, '保存').click();

    const name = field(page, '住户姓名');
    await page.getByText('请填写住户姓名').waitFor();
    expect(await messageOf(name)).toBe('请填写住户姓名');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/complaints/create');
    expect(await complaintsWithPhone(phone)).toEqual([]);
  });
});
