import type { Core } from '@strapi/strapi';
import type { RegisterDescription } from '@wuyedesk/contracts';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';

export type LoadedRecord = Record<string, unknown> & { id?: number; documentId: string; number?: string };

/** A page of the records core's stores holds at most this many rows. */
const PAGE = 100;

/**
 * Records by documentId through the register's store (its content type, or the form entries),
 * the same call for every register. `where` narrows them further (the actor's row scope).
 */
export const readRecords = async (
  strapi: Core.Strapi,
  register: RegisterDescription,
  ids: readonly string[],
  { populate, where }: { populate?: Record<string, unknown>; where?: Record<string, unknown> | null } = {},
): Promise<LoadedRecord[]> => {
  const store = getRecordsService(strapi, 'registry').storeOf(register);
  const found: LoadedRecord[] = [];
  for (let i = 0; i < ids.length; i += PAGE) {
    const byId = { documentId: { $in: ids.slice(i, i + PAGE) } };
    const { results } = await store.findMany({
      register,
      query: { filters: where ? { $and: [byId, where] } : byId, pagination: { start: 0, limit: PAGE } },
      populate: populate && Object.keys(populate).length ? populate : undefined,
    });
    found.push(...(results as LoadedRecord[]));
  }
  return found;
};

/** Writes the handling clock's due time on the record, through its store (a managed value, not a change). */
export const writeDueAt = async (
  strapi: Core.Strapi,
  register: RegisterDescription,
  record: { id?: number; documentId: string },
  dueAt: string | null,
) => {
  await getRecordsService(strapi, 'registry').storeOf(register).setManaged({ register, documentId: record.documentId, data: { dueAt } });
};
