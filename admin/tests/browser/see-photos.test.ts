import { as } from '../../../cms/tests/helpers/api';
import { uploadFile } from '../../../cms/tests/helpers/files';
import { useBrowser } from './helpers/browser';
import { eventually, signIn } from './helpers/panel';
import { uniquePhone } from './helpers/records';

describe('photos on a record (files are served only through signed links)', () => {
  const openPanel = useBrowser();

  it('shows staff the photo of a complaint on its page', async () => {
    const photo = await uploadFile('staff', { filename: 'leak.png' });
    const created = await as('staff').post('/api/complaints', {
      data: { channel: 'phone', residentName: '周明', residentPhone: uniquePhone(), description: '天花板漏水', address: '2栋1单元', photos: [photo.id] },
    });
    expect(created.status).toBe(201);
    const page = await openPanel();
    await signIn(page, 'staff');
    await page.goto(`/complaints/show/${created.body.data.documentId}`);

    const image = page.locator('img[alt="leak.png"]');
    await image.waitFor();
    expect(await image.getAttribute('src')).toMatch(/\/api\/files\/leak_\w+\.png\?expires=\d+&signature=[\w-]+$/);
    await eventually(async () => expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1));
  });
});
