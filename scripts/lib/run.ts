import { spawnSync, type SpawnSyncOptions } from 'child_process';
import path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');

/** Runs a command in the repository (or a folder of it), streaming its output; throws on failure. */
export const run = (command: string, args: string[], options: SpawnSyncOptions & { cwd?: string } = {}) => {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    ...options,
    cwd: path.resolve(ROOT, options.cwd ?? '.'),
    env: { ...process.env, ...options.env },
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  }
};
