import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

type Entity = Record<string, unknown>;
interface StoredFile {
  url?: unknown;
  formats?: Record<string, StoredFile> | null;
}

const READS_ONE = new Set(['findOne', 'findFirst', 'create', 'update']);

/**
 * Signs the file URLs of every media field a document-service call returns. Strapi's upload plugin
 * would do this for a private provider by walking every attribute of every document of every
 * content type (~0.2–0.8 ms a record, on each list row); here only the content types that have
 * media fields are touched, and only those fields (media sits on the registers themselves, not
 * in components or on populated relations). The upload plugin's own walk is switched off in
 * cms/src/extensions/upload.
 */
export const signMediaOnReads = (strapi: Core.Strapi) => {
  const mediaFields = new Map<string, string[]>();
  for (const [uid, contentType] of Object.entries(strapi.contentTypes)) {
    const names = Object.entries(contentType.attributes).filter(([, a]) => (a as { type?: string }).type === 'media').map(([n]) => n);
    if (names.length) mediaFields.set(uid, names);
  }
  const links = getService(strapi, 'links');
  const signFile = (file: unknown): unknown => {
    if (!file || typeof file !== 'object') return file;
    const stored = file as StoredFile;
    const formats = stored.formats
      ? Object.fromEntries(Object.entries(stored.formats).map(([k, f]) => [k, { ...f, url: links.signedUrl(f.url) ?? f.url }]))
      : stored.formats;
    return { ...stored, url: links.signedUrl(stored.url) ?? stored.url, formats };
  };
  const sign = (names: string[], entity: unknown) => {
    if (!entity || typeof entity !== 'object') return;
    for (const name of names) {
      const value = (entity as Entity)[name];
      if (value) (entity as Entity)[name] = Array.isArray(value) ? value.map(signFile) : signFile(value);
    }
  };
  strapi.documents.use(async (context, next) => {
    const result = await next();
    const names = mediaFields.get(context.uid);
    if (!names) return result;
    if (context.action === 'findMany' && Array.isArray(result)) result.forEach((entity) => sign(names, entity));
    else if (READS_ONE.has(context.action)) sign(names, result);
    return result;
  });
};
