import { createWriteStream, promises as fs } from 'fs';
import path from 'path';
import { pipeline } from 'stream/promises';
import type { Readable } from 'stream';
import { isStoredName } from './signing';

/** What the upload plugin hands its provider (the fields this storage reads and writes). */
export interface ProviderFile {
  hash: string;
  ext?: string;
  url?: string;
  stream?: Readable;
  buffer?: Buffer;
}

/** Strapi keeps this URL in the file row; it names the file, it is not where it is served. */
const STORED_PREFIX = '/uploads/';

export const storedNameOf = (file: Pick<ProviderFile, 'hash' | 'ext'>): string => {
  const name = `${file.hash}${file.ext ?? ''}`;
  if (!isStoredName(name)) throw new Error(`Refusing to store a file named ${JSON.stringify(name)}`);
  return name;
};

/** The stored name behind a file row's url (`/uploads/<hash><ext>`), or null for anything else. */
export const nameFromUrl = (url: unknown): string | null => {
  if (typeof url !== 'string' || !url.startsWith(STORED_PREFIX)) return null;
  const name = url.slice(STORED_PREFIX.length);
  return isStoredName(name) ? name : null;
};

const removeQuietly = async (file: string) => {
  try {
    await fs.unlink(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
};

/**
 * The upload provider's disk methods, writing into a folder outside public/ so no static server
 * can hand a file out: the only way to a file is a signed link (see signing.ts).
 */
export const diskStorage = (directory: string) => {
  const write = async (file: ProviderFile) => {
    const name = storedNameOf(file);
    const target = path.join(directory, name);
    if (file.stream) await pipeline(file.stream, createWriteStream(target));
    else if (file.buffer) await fs.writeFile(target, file.buffer);
    else throw new Error('The upload provider got neither a stream nor a buffer');
    file.url = `${STORED_PREFIX}${name}`;
  };
  const replace = async (newFile: ProviderFile, oldFile: ProviderFile) => {
    await write(newFile);
    if (storedNameOf(newFile) !== storedNameOf(oldFile)) await removeQuietly(path.join(directory, storedNameOf(oldFile)));
  };
  return {
    uploadStream: write,
    upload: write,
    replaceStream: replace,
    replace,
    async delete(file: ProviderFile) {
      await removeQuietly(path.join(directory, storedNameOf(file)));
    },
  };
};

/**
 * Files written by Strapi's local provider before files were private sit in public/uploads, where
 * the static server would serve them: they move into the private folder (once; later starts find
 * nothing left to move).
 */
export const moveOutOfPublic = async ({ from, to }: { from: string; to: string }): Promise<number> => {
  let names: string[];
  try {
    names = await fs.readdir(from);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let moved = 0;
  for (const name of names.filter(isStoredName)) {
    const source = path.join(from, name);
    if (!(await fs.stat(source)).isFile()) continue;
    const target = path.join(to, name);
    try {
      await fs.rename(source, target);
    } catch (error) {
      // Another disk: copy, then remove the public copy.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await fs.copyFile(source, target);
      await fs.unlink(source);
    }
    moved += 1;
  }
  return moved;
};
