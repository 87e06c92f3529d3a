import type { Core } from '@strapi/strapi';
import type { RegisterDescription } from '@wuyedesk/contracts';
import { documentSource } from '../export/document-source';
import type { RowSource } from '../export/row-source';
import { tableSource } from '../export/table-source';

/**
 * Which row source feeds a register's export: one streamed SQL query over the register's table
 * (the document service for registers with media, json or to-many columns) unless a plugin
 * registered another.
 */
export const sources = ({ strapi }: { strapi: Core.Strapi }) => {
  const custom = new Map<string, RowSource>();
  const byStore = new Map<string, RowSource>();
  const fallback = tableSource(strapi, documentSource(strapi));
  return {
    /** A register (by key) whose rows live elsewhere. */
    register(registerKey: string, source: RowSource) {
      custom.set(registerKey, source);
    },
    /**
     * Every register kept in a records-core store (`register.store`): form types come and go at
     * run time, so their plugin registers one source for the store, not one per form type.
     */
    registerStore(store: string, source: RowSource) {
      byStore.set(store, source);
    },
    for(register: RegisterDescription): RowSource {
      return custom.get(register.key) ?? (register.store ? byStore.get(register.store) : undefined) ?? fallback;
    },
    /** Whether the rows come from a source that checks the query itself (no content type to validate against). */
    validatesOwnQuery(register: RegisterDescription): boolean {
      return custom.has(register.key) || Boolean(register.store && byStore.has(register.store));
    },
  };
};
