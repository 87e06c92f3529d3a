import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import path from 'path';

export interface CmsProcess {
  child: ChildProcessWithoutNullStreams;
  /** The address it serves on, once it listens (rejects if it exits first). */
  url: Promise<string>;
  /** Everything it wrote, for the logs a test reads (which migrations ran). */
  output: () => string;
  stop: () => Promise<void>;
}

/** A CMS process (tests/helpers/server-child.js) with its own environment, e.g. another database. */
export const startCms = (env: Record<string, string | undefined>): CmsProcess => {
  const child = spawn(process.execPath, [path.join(__dirname, 'server-child.js')], {
    cwd: path.resolve(__dirname, '..', '..'),
    env: { ...process.env, ...env },
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /LISTENING (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    void exited.then((code) => reject(new Error(`CMS exited (${code}) before listening: ${out.slice(-3000)}`)));
  });
  return {
    child,
    url,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
};
