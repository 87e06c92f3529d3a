/**
 * What lets a second `npm start` skip the build: a hash of every file a build reads, stored next
 * to what the build wrote. Content hashes, not modification times, so a `git checkout` that
 * touches files without changing them does not cost a rebuild, and an edit that keeps the mtime
 * (an editor's "revert") is still seen.
 */
import { createHash } from 'crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import path from 'path';

/** Folders that hold outputs, data, caches or unit tests (no tsconfig compiles them), never build inputs. */
const NOT_INPUTS = new Set([
  '__tests__',
  'node_modules',
  'dist',
  'build',
  '.tmp',
  'data',
  '.strapi',
  'test-results',
  'coverage',
  '.git',
  'uploads',
]);

const filesUnder = (root: string, entry: string, out: string[], skip: Set<string>) => {
  const full = path.join(root, entry);
  if (skip.has(entry.split(path.sep).join('/'))) return;
  if (!existsSync(full)) return;
  const stat = statSync(full);
  if (stat.isFile()) {
    // Type-check caches change on every build; hashing them would make every stamp stale.
    if (!entry.endsWith('.tsbuildinfo') && !entry.endsWith('.log')) out.push(entry);
    return;
  }
  if (!stat.isDirectory() || NOT_INPUTS.has(path.basename(full))) return;
  for (const name of readdirSync(full).sort()) filesUnder(root, path.join(entry, name), out, skip);
};

/**
 * One hash over the given files and folders (relative to root), their paths included so that a
 * renamed or deleted file changes it too; `extra` adds what is not a file (the Node version,
 * environment variables a build reads); `skip` names paths (relative, with /) that are not inputs.
 */
export const fingerprint = (
  root: string,
  entries: string[],
  { extra = [], skip = [] }: { extra?: string[]; skip?: string[] } = {},
): string => {
  const files: string[] = [];
  const skipped = new Set(skip);
  for (const entry of entries) filesUnder(root, entry, files, skipped);
  const hash = createHash('sha256');
  for (const item of extra) hash.update(`extra:${item}\0`);
  for (const file of files) {
    hash.update(`${file.split(path.sep).join('/')}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
};

type Stamp = { fingerprint: string; builtAt: string };

/** The stamp lives inside an output folder: deleting the output deletes the reason to skip. */
export const stampIsCurrent = (stampFile: string, current: string, outputs: string[]): boolean => {
  if (!outputs.every((output) => existsSync(output)) || !existsSync(stampFile)) return false;
  try {
    return (JSON.parse(readFileSync(stampFile, 'utf8')) as Stamp).fingerprint === current;
  } catch {
    return false;
  }
};

export const writeStamp = (stampFile: string, current: string) => {
  mkdirSync(path.dirname(stampFile), { recursive: true });
  const stamp: Stamp = { fingerprint: current, builtAt: new Date().toISOString() };
  writeFileSync(stampFile, `${JSON.stringify(stamp)}\n`);
};
