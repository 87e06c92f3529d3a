import { randomBytes } from 'crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const LENGTH = 24;
const IDS_PER_DRAW = 4096;

/**
 * Strapi's documentIds are cuid2 strings: 24 characters, a lower-case letter then [a-z0-9]. Strapi
 * treats them as opaque. cuid2's createId hashes with SHA3 and BigInts (16 µs each, ~50 µs under
 * load): 30–100 s of a million-record run with history steps. These have the same shape, pass
 * cuid2's isCuid, and carry ~118 random bits from the OS (the modulo's bias is < 1 % per
 * character), drawn 4096 ids at a time.
 */
export const createDocumentIds = (): (() => string) => {
  let pool = randomBytes(0);
  let offset = 0;
  return () => {
    if (offset + LENGTH > pool.length) {
      pool = randomBytes(LENGTH * IDS_PER_DRAW);
      offset = 0;
    }
    let id = ALPHABET[pool[offset] % 26];
    for (let i = 1; i < LENGTH; i++) id += ALPHABET[pool[offset + i] % 36];
    offset += LENGTH;
    return id;
  };
};
