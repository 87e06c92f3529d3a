import type { Core } from '@strapi/strapi';
import { BUILT_IN_REGISTERS, withGrants, type CapabilityGrants, type RegisterDescription } from '@wuyedesk/contracts';
import { documentStore } from '../stores/document-store';
import { DOCUMENT_STORE, type RecordStore } from '../stores/record-store';

export type { RecordStore } from '../stores/record-store';

/** Something that contributes registers at run time (e.g. form types an administrator designed). */
export type RegisterSource = () => Promise<RegisterDescription[]>;

/**
 * The one place that knows which registers exist: the built-in ones from the contracts package
 * and whatever sources other plugins add. Deadlines, callbacks, audit and exports ask here.
 */
export const registry = ({ strapi }: { strapi: Core.Strapi }) => {
  const sources: RegisterSource[] = [];
  /** Descriptions as the capability grants in force make them (who an approver picker offers). */
  const granted = (register: RegisterDescription) =>
    withGrants(register, (strapi.plugin('records').service('capabilities').current() as CapabilityGrants));
  const stores = new Map<string, RecordStore>([[DOCUMENT_STORE, documentStore(strapi)]]);
  return {
    addSource(source: RegisterSource) {
      sources.push(source);
    },
    addStore(name: string, store: RecordStore) {
      stores.set(name, store);
    },
    /**
     * Where a register's records live: the store it names (`register.store`), else its own
     * content type. Every reader and writer goes through this; none asks which kind it got.
     */
    storeOf(register: RegisterDescription): RecordStore {
      const name = register.store ?? DOCUMENT_STORE;
      const store = stores.get(name);
      if (!store) throw new Error(`Register ${register.key} names an unknown store "${name}"`);
      return store;
    },
    builtIn(keyOrUid: string): RegisterDescription | undefined {
      const found = BUILT_IN_REGISTERS.find((r) => r.key === keyOrUid || r.uid === keyOrUid || r.pluralName === keyOrUid);
      return found && granted(found);
    },
    async list(): Promise<RegisterDescription[]> {
      const extra = await Promise.all(sources.map((source) => source()));
      return [...BUILT_IN_REGISTERS, ...extra.flat()].map(granted);
    },
    async find(keyOrUid: string): Promise<RegisterDescription | undefined> {
      return this.builtIn(keyOrUid) ?? (await this.list()).find((r) => r.key === keyOrUid || r.uid === keyOrUid || r.pluralName === keyOrUid);
    },
  };
};
