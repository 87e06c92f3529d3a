import type { Core } from '@strapi/strapi';
import { documentSource } from '../export/document-source';
import type { RowSource } from '../export/row-source';

/** Which row source feeds a register's export; the document service unless a plugin registered another. */
export const sources = ({ strapi }: { strapi: Core.Strapi }) => {
  const custom = new Map<string, RowSource>();
  const fallback = documentSource(strapi);
  return {
    /** A register (by key) whose rows live elsewhere, e.g. a form type's entries. */
    register(registerKey: string, source: RowSource) {
      custom.set(registerKey, source);
    },
    for(registerKey: string): RowSource {
      return custom.get(registerKey) ?? fallback;
    },
  };
};
