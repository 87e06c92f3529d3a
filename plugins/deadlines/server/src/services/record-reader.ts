import type { Core, UID } from '@strapi/strapi';
import type { RegisterDescription } from '@wuyedesk/contracts';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';

export type LoadedRecord = Record<string, unknown> & { id?: number; documentId: string; number?: string };

/**
 * Records by documentId, wherever the register keeps them: a content type (one query), or a
 * store of its own (form types: the forms plugin's entries table, which populates relations
 * itself). `where` narrows content-type registers further (the actor's row scope).
 */
export const readRecords = async (
  strapi: Core.Strapi,
  register: RegisterDescription,
  ids: readonly string[],
  { populate, where }: { populate?: Record<string, unknown>; where?: Record<string, unknown> | null } = {},
): Promise<LoadedRecord[]> => {
  if (!ids.length) return [];
  const store = getRecordsService(strapi, 'registry').storeOf(register);
  if (store) {
    const found = await Promise.all(ids.map((documentId) => store.findOne({ register, documentId })));
    return found.filter((r): r is NonNullable<typeof r> => r !== null) as LoadedRecord[];
  }
  return (await strapi.db.query(register.uid as UID.Schema).findMany({
    where: { documentId: { $in: [...ids] }, ...(where ?? {}) },
    ...(populate && Object.keys(populate).length ? { populate } : {}),
  })) as LoadedRecord[];
};

/** Writes the handling clock's due time on the record, wherever the register keeps it. */
export const writeDueAt = async (
  strapi: Core.Strapi,
  register: RegisterDescription,
  record: { id?: number; documentId: string },
  dueAt: string | null,
) => {
  const store = getRecordsService(strapi, 'registry').storeOf(register);
  if (store) await store.update({ register, documentId: record.documentId, data: { dueAt } });
  else await strapi.db.query(register.uid as UID.Schema).update({ where: { id: record.id }, data: { dueAt } });
};
