export interface FilesConfig {
  /** Absolute folder the files are kept in; never inside the public folder. */
  directory: string;
  /** Server secret the links are signed with (HMAC-SHA256). */
  urlSecret: string;
  /** How long a link handed out with a record stays valid. */
  urlTtlSeconds: number;
}

export const config = {
  default: { directory: '', urlSecret: '', urlTtlSeconds: 3600 } satisfies FilesConfig,
  validator(value: Partial<FilesConfig>) {
    if (!value.directory) throw new Error('files: `directory` (FILES_DIR) must name the folder that keeps uploaded files');
    if (!value.urlSecret || value.urlSecret.length < 16)
      throw new Error('files: `urlSecret` (FILE_URL_SECRET, else APP_KEYS) must be a secret of at least 16 characters');
    const ttl = value.urlTtlSeconds ?? 0;
    if (!Number.isInteger(ttl) || ttl < 60 || ttl > 7 * 24 * 3600) throw new Error('files: `urlTtlSeconds` (FILE_URL_TTL) must be 60…604800');
  },
};
