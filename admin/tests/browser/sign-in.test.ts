import { useBrowser } from './helpers/browser';
import { button, field, signIn } from './helpers/panel';

describe('signing in', () => {
  const openPanel = useBrowser();

  it('sends someone who is not signed in to the Chinese login form', async () => {
    const page = await openPanel('/complaints');
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByRole('heading', { name: '登录物业客服台' }).waitFor();
    expect(await page.getByText('物业客服台', { exact: true }).isVisible()).toBe(true);
    expect(await field(page, '用户名或邮箱').isVisible()).toBe(true);
    expect(await field(page, '密码').isVisible()).toBe(true);
    expect(await button(page, '登录').isVisible()).toBe(true);
  });

  it('shows staff the complaints list (客户诉求) once they have signed in', async () => {
    const page = await openPanel();
    await signIn(page, 'staff');
    await page.getByRole('heading', { name: '客户诉求' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/complaints');
    expect(await page.getByRole('columnheader', { name: '编号' }).isVisible()).toBe(true);
    expect(await page.getByRole('columnheader', { name: '联系电话' }).isVisible()).toBe(true);
    expect(await page.getByText('王芳').isVisible()).toBe(true);
  });
});
