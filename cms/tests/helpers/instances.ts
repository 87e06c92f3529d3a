import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import path from 'path';

export interface Instance {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the rest of the first stdout line starting with `prefix`. */
  line: (prefix: string) => Promise<string>;
  go: () => void;
  exited: Promise<number | null>;
}

/** Another CMS process on the same database (tests/helpers/scheduler-child.js). */
export const startInstance = ({ runAt, hold = false }: { runAt: Date; hold?: boolean }): Instance => {
  const child = spawn(process.execPath, [path.join(__dirname, 'scheduler-child.js')], {
    cwd: path.resolve(__dirname, '..', '..'),
    env: { ...process.env, RUN_AT: runAt.toISOString(), HOLD: hold ? '1' : '0' },
  });
  let buffer = '';
  const lines: string[] = [];
  const waiting: Array<{ prefix: string; resolve: (rest: string) => void }> = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const w of waiting.filter((x) => line.startsWith(x.prefix))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(line.slice(w.prefix.length).trim());
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const line = (prefix: string) =>
    new Promise<string>((resolve, reject) => {
      const seen = lines.find((l) => l.startsWith(prefix));
      if (seen) return resolve(seen.slice(prefix.length).trim());
      waiting.push({ prefix, resolve });
      void exited.then((code) => reject(new Error(`instance exited (${code}) before "${prefix}": ${stderr.slice(-2000)}`)));
    });
  return { child, line, go: () => child.stdin.write('GO\n'), exited };
};
