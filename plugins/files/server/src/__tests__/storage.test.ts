import { mkdtempSync, promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { Readable } from 'stream';
import { diskStorage, moveOutOfPublic, nameFromUrl } from '../storage';

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'files-storage-'));

describe('private disk storage', () => {
  it('writes a stream under the stored name and keeps Strapi’s url form', async () => {
    const dir = tempDir();
    const file = { hash: 'plan_0a1b2c3d4e', ext: '.png', stream: Readable.from([Buffer.from('png bytes')]) } as { hash: string; ext: string; stream: Readable; url?: string };
    await diskStorage(dir).uploadStream(file);
    expect(file.url).toBe('/uploads/plan_0a1b2c3d4e.png');
    expect(await fs.readFile(path.join(dir, 'plan_0a1b2c3d4e.png'), 'utf8')).toBe('png bytes');
    expect(nameFromUrl(file.url)).toBe('plan_0a1b2c3d4e.png');
  });

  it('replaces a file and removes the old one when the name changed; deleting twice is fine', async () => {
    const dir = tempDir();
    const storage = diskStorage(dir);
    const old = { hash: 'a_1', ext: '.txt', buffer: Buffer.from('old') };
    await storage.upload(old);
    await storage.replace({ hash: 'a_2', ext: '.txt', buffer: Buffer.from('new') }, old);
    expect(await fs.readdir(dir)).toEqual(['a_2.txt']);
    await storage.delete({ hash: 'a_2', ext: '.txt' });
    await storage.delete({ hash: 'a_2', ext: '.txt' });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('refuses to write a name that leaves the folder', async () => {
    await expect(diskStorage(tempDir()).upload({ hash: '../escape', ext: '.txt', buffer: Buffer.from('x') })).rejects.toThrow('Refusing');
  });

  it('reads no name out of a url that is not a stored file', () => {
    expect(nameFromUrl('/uploads/../data/wuyedesk.db')).toBeNull();
    expect(nameFromUrl('https://elsewhere.example/a.png')).toBeNull();
    expect(nameFromUrl(undefined)).toBeNull();
  });

  it('moves files left in public/uploads into the private folder, keeping .gitkeep', async () => {
    const from = tempDir();
    const to = tempDir();
    await fs.writeFile(path.join(from, '.gitkeep'), '');
    await fs.writeFile(path.join(from, 'letter_aa.txt'), '介绍信');
    expect(await moveOutOfPublic({ from, to })).toBe(1);
    expect(await fs.readdir(from)).toEqual(['.gitkeep']);
    expect(await fs.readFile(path.join(to, 'letter_aa.txt'), 'utf8')).toBe('介绍信');
    expect(await moveOutOfPublic({ from, to })).toBe(0);
    expect(await moveOutOfPublic({ from: path.join(from, 'missing'), to })).toBe(0);
  });
});
