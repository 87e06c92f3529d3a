import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { fingerprint, stampIsCurrent, writeStamp } from '../build-stamp';

describe('the build stamp that lets a restart skip the build', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'stamp-'));
    mkdirSync(path.join(root, 'src'));
    mkdirSync(path.join(root, 'dist'));
    writeFileSync(path.join(root, 'src', 'a.ts'), 'export const a = 1;');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const hash = () => fingerprint(root, ['src'], { skip: ['src/ignored'] });

  it('is current when nothing changed, and not once a file changes, appears or goes', () => {
    const stamp = path.join(root, 'dist', '.stamp.json');
    writeStamp(stamp, hash());
    expect(stampIsCurrent(stamp, hash(), [path.join(root, 'dist')])).toBe(true);
    writeFileSync(path.join(root, 'src', 'a.ts'), 'export const a = 2;');
    expect(stampIsCurrent(stamp, hash(), [path.join(root, 'dist')])).toBe(false);
    writeStamp(stamp, hash());
    writeFileSync(path.join(root, 'src', 'b.ts'), '');
    expect(stampIsCurrent(stamp, hash(), [path.join(root, 'dist')])).toBe(false);
    writeStamp(stamp, hash());
    rmSync(path.join(root, 'src', 'b.ts'));
    expect(stampIsCurrent(stamp, hash(), [path.join(root, 'dist')])).toBe(false);
  });

  it('ignores outputs, caches and skipped paths', () => {
    const before = hash();
    mkdirSync(path.join(root, 'src', 'dist'));
    writeFileSync(path.join(root, 'src', 'dist', 'a.js'), '');
    writeFileSync(path.join(root, 'src', 'x.tsbuildinfo'), '{}');
    mkdirSync(path.join(root, 'src', 'ignored'));
    writeFileSync(path.join(root, 'src', 'ignored', 'c.ts'), '');
    expect(hash()).toBe(before);
  });

  it('is not current when an output is missing, whatever the stamp says', () => {
    const stamp = path.join(root, 'dist', '.stamp.json');
    writeStamp(stamp, hash());
    expect(stampIsCurrent(stamp, hash(), [path.join(root, 'dist'), path.join(root, 'other-dist')])).toBe(false);
  });
});
