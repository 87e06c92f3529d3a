import { spawn } from 'child_process';
import path from 'path';
import { createScratchDatabase, type TestDatabaseKind } from './test-database';

export interface ServerInstance {
  url: string;
  /** Its database, for another instance to share. */
  databaseEnv: Record<string, string>;
  /** Everything the instance printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Another CMS process (tests/helpers/server-child.js) with its own environment: on a fresh
 * database of the run's kind (dropped by `stop`), or on another instance's (`databaseEnv`), e.g.
 * to see what a production-like configuration exposes. Resolves once it listens.
 */
export const startServerInstance = async ({ env = {}, databaseEnv, bootTimeoutMs = 400_000 }: {
  env?: Record<string, string>;
  databaseEnv?: Record<string, string>;
  bootTimeoutMs?: number;
}): Promise<ServerInstance> => {
  const kind = (process.env.WUYEDESK_TEST_DB ?? 'sqlite') as TestDatabaseKind;
  const database = databaseEnv ? null : await createScratchDatabase(kind, 'wuyedesk_doors');
  const dbEnv = databaseEnv ?? database!.env;
  const child = spawn(process.execPath, [path.join(__dirname, 'server-child.js')], {
    cwd: path.resolve(__dirname, '..', '..'),
    env: { ...process.env, ...dbEnv, ...env },
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let timer: NodeJS.Timeout | undefined;
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /LISTENING (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    void exited.then(() => reject(new Error(`instance exited before listening: ${out.slice(-3000)}`)));
    // Never leave a booting instance behind a test that gave up on it (jest would not exit).
    timer = setTimeout(() => reject(new Error(`instance not listening after ${bootTimeoutMs} ms: ${out.slice(-3000)}`)), bootTimeoutMs);
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited;
    await database?.drop();
    throw error;
  }).finally(() => clearTimeout(timer));
  return {
    url,
    databaseEnv: dbEnv,
    output: () => out,
    stop: async () => {
      child.kill('SIGKILL');
      await exited;
      await database?.drop();
    },
  };
};
