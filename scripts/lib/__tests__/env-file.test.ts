import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { ensureEnvFile } from '../env-file';

const modeOf = (file: string) => statSync(file).mode & 0o777;

describe('cms/.env, which holds the secrets', () => {
  let dir: string;
  const quiet = () => undefined;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'env-file-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is written readable by its owner only', () => {
    const file = path.join(dir, '.env');
    const umask = process.umask(0o022);
    try {
      ensureEnvFile({ file, log: quiet });
    } finally {
      process.umask(umask);
    }
    expect(modeOf(file)).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(/^JWT_SECRET=.+$/m);
  });

  it('is tightened to 0600 when an earlier start left it world-readable, secrets unchanged', () => {
    const file = path.join(dir, '.env');
    ensureEnvFile({ file, log: quiet });
    const secrets = readFileSync(file, 'utf8');
    writeFileSync(file, secrets, { mode: 0o644 });
    chmodSync(file, 0o644);
    ensureEnvFile({ file, log: quiet });
    expect(modeOf(file)).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(secrets);
  });

  it('adds a missing secret without a wider mode', () => {
    const file = path.join(dir, '.env');
    writeFileSync(file, 'APP_KEYS=a,b\n', { mode: 0o600 });
    ensureEnvFile({ file, log: quiet });
    expect(modeOf(file)).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(/^APP_KEYS=a,b\nAPI_TOKEN_SALT=/);
  });
});
