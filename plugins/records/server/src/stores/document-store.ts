import type { Core, UID } from '@strapi/strapi';
import type { RegisterDescription } from '@wuyedesk/contracts';
import type { RecordValues } from '../services/events';
import type { RecordStore, StoreFilters, StoreListQuery } from './record-store';

/**
 * Relations by documentId and files by id: what a change is recorded as and what rules read,
 * when the caller asked for nothing else.
 */
export const relationPopulate = (register: RegisterDescription) =>
  Object.fromEntries(
    register.fields
      .filter((f) => f.type === 'relation' || f.type === 'media')
      .map((f) => [f.name, { fields: f.type === 'media' ? ['id'] : ['documentId'] }]),
  );

const and = (documentId: string, filters?: StoreFilters | null): StoreFilters =>
  filters && Object.keys(filters).length ? { $and: [{ documentId }, filters] } : { documentId };

/**
 * Built-in registers: each its own content type, read and written through Strapi's document
 * service (its filter translation, its validation of the query, its lifecycles), so a content
 * type register behaves exactly as Strapi documents it.
 */
export const documentStore = (strapi: Core.Strapi): RecordStore => {
  const documents = (register: RegisterDescription) => strapi.documents(register.uid as UID.CollectionType);
  return {
    async findOne({ register, documentId, filters, populate }) {
      return (await documents(register).findFirst({
        filters: and(documentId, filters) as never,
        populate: populate as never,
      })) as RecordValues | null;
    },

    async findMany({ register, query, populate }: { register: RegisterDescription; query: StoreListQuery; populate?: unknown }) {
      // Strapi's core service: page/pageSize or start/limit, capped at the REST maxLimit (100), as the list reads them.
      const service = strapi.service(register.uid as UID.Service) as unknown as {
        find(params: Record<string, unknown>): Promise<{ results: RecordValues[]; pagination: Record<string, number> }>;
      };
      const { results, pagination } = await service.find({ ...query, populate });
      // start/limit pages answer { start, limit, total }: one shape for every caller.
      const total = pagination.total ?? results.length;
      const pageSize = Math.max(1, pagination.pageSize ?? pagination.limit ?? results.length);
      const page = pagination.page ?? Math.floor((pagination.start ?? 0) / pageSize) + 1;
      return { results, pagination: { page, pageSize, pageCount: pagination.pageCount ?? Math.ceil(total / pageSize), total } };
    },

    async count({ register, filters }) {
      return documents(register).count({ filters: (filters ?? undefined) as never });
    },

    async create({ register, data, populate }) {
      return (await documents(register).create({ data: data as never, populate: populate as never })) as RecordValues;
    },

    async update({ register, documentId, data, populate }) {
      return (await documents(register).update({ documentId, data: data as never, populate: populate as never })) as RecordValues;
    },

    async setManaged({ register, documentId, data }) {
      await strapi.db.query(register.uid as UID.Schema).update({ where: { documentId }, data });
    },

    async claimStatus({ register, documentId, from, to }) {
      const field = register.workflow?.field ?? 'status';
      const { count } = await strapi.db.query(register.uid as UID.Schema).updateMany({ where: { documentId, [field]: from }, data: { [field]: to } });
      return count === 1;
    },
  };
};
