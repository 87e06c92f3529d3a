import type { Core } from '@strapi/strapi';
import type { RegisterDescription } from '@wuyedesk/contracts';
import { DOCUMENT_STORE } from '@wuyedesk/plugin-records';
import { documentSource } from '../export/document-source';
import type { RowSource } from '../export/row-source';
import { storeSource } from '../export/store-source';
import { tableSource } from '../export/table-source';

/**
 * Which row source feeds a register's export: one a plugin registered for it, else the reader
 * for its store. Every register can be read through the records core's store interface
 * (`storeSource`); content types have a faster reader of their own (table-source.ts: one streamed
 * SQL query, falling back to the document service for media, json or to-many columns), chosen by
 * store name, not by asking what a register is.
 */
export const sources = ({ strapi }: { strapi: Core.Strapi }) => {
  const custom = new Map<string, RowSource>();
  const byStore = new Map<string, RowSource>([[DOCUMENT_STORE, tableSource(strapi, documentSource(strapi))]]);
  const fallback = storeSource(strapi);
  return {
    /** A register (by key) whose rows live elsewhere. */
    register(registerKey: string, source: RowSource) {
      custom.set(registerKey, source);
    },
    /** A faster reader for every register of one records-core store. */
    registerStore(store: string, source: RowSource) {
      byStore.set(store, source);
    },
    for(register: RegisterDescription): RowSource {
      return custom.get(register.key) ?? byStore.get(register.store ?? DOCUMENT_STORE) ?? fallback;
    },
    /** Whether the source checks the query itself; otherwise Strapi validates it against the content type. */
    validatesOwnQuery(register: RegisterDescription): boolean {
      return Boolean(this.for(register).validate);
    },
  };
};
