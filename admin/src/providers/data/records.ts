import { isRecord, type JsonRecord } from './guards';

/** Keys Strapi 5 manages itself and answers 400 to when they appear in `data`. */
export const SYSTEM_KEYS: readonly string[] = [
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'locale',
  'createdBy',
  'updatedBy',
  'localizations',
];

/**
 * Refine addresses records by `id`, Strapi 5 by `documentId`: expose the
 * documentId as `id`. Only the record itself is mapped — populated relations
 * and media keep their numeric `id`, which media writes still need.
 */
export function toRefineRecord(value: unknown): unknown {
  if (!isRecord(value) || typeof value.documentId !== 'string') return value;
  return { ...value, id: value.documentId };
}

export function toRefineRecords(values: readonly unknown[]): unknown[] {
  return values.map(toRefineRecord);
}

/**
 * Builds the `data` of a POST/PUT: drops system keys, sends relations as
 * documentId strings and media (named in `mediaFields`) as numeric file ids.
 * Only top-level keys are rewritten; nested objects (components, JSON) are sent as given.
 */
export function toWriteData(values: unknown, mediaFields: readonly string[] = []): JsonRecord {
  if (!isRecord(values)) return {};
  const data: JsonRecord = {};
  for (const [key, value] of Object.entries(values)) {
    if (SYSTEM_KEYS.includes(key)) continue;
    data[key] = mediaFields.includes(key) ? mapOneOrMany(value, mediaId) : mapOneOrMany(value, relationRef);
  }
  return data;
}

function mapOneOrMany(value: unknown, map: (item: unknown) => unknown): unknown {
  return Array.isArray(value) ? value.map(map) : map(value);
}

/** `{ documentId }` from Strapi, or `{ id }` after our id mapping → the documentId. */
function relationRef(value: unknown): unknown {
  if (!isRecord(value)) return value;
  if (typeof value.documentId === 'string') return value.documentId;
  if (typeof value.id === 'string') return value.id;
  return value;
}

/** Strapi's upload plugin links files by their numeric id. */
function mediaId(value: unknown): unknown {
  return isRecord(value) && typeof value.id === 'number' ? value.id : value;
}
