import type { Core } from '@strapi/strapi';
import { BUILT_IN_REGISTERS, withGrants, type CapabilityGrants, type RegisterDescription } from '@wuyedesk/contracts';
import type { RecordValues } from './events';

/** Something that contributes registers at run time (e.g. form types an administrator designed). */
export type RegisterSource = () => Promise<RegisterDescription[]>;

/**
 * Where a register's records live when it is not a Strapi content type of its own (form types:
 * every entry in one table). The records service writes through it inside its transaction.
 */
export interface RecordStore {
  findOne(args: { register: RegisterDescription; documentId: string }): Promise<RecordValues | null>;
  create(args: { register: RegisterDescription; data: Record<string, unknown> }): Promise<RecordValues>;
  update(args: { register: RegisterDescription; documentId: string; data: Record<string, unknown> }): Promise<RecordValues>;
  /** Moves the status from `from` to `to` only if it is still `from`: true when this call won. */
  claimStatus(args: { register: RegisterDescription; documentId: string; from: string; to: string }): Promise<boolean>;
}

/**
 * The one place that knows which registers exist: the built-in ones from the contracts package
 * and whatever sources other plugins add. Deadlines, callbacks, audit and exports ask here.
 */
export const registry = ({ strapi }: { strapi: Core.Strapi }) => {
  const sources: RegisterSource[] = [];
  /** Descriptions as the capability grants in force make them (who an approver picker offers). */
  const granted = (register: RegisterDescription) =>
    withGrants(register, (strapi.plugin('records').service('capabilities').current() as CapabilityGrants));
  const stores = new Map<string, RecordStore>();
  return {
    addSource(source: RegisterSource) {
      sources.push(source);
    },
    addStore(name: string, store: RecordStore) {
      stores.set(name, store);
    },
    /** The store a register names (`register.store`), or undefined for a content-type register. */
    storeOf(register: RegisterDescription): RecordStore | undefined {
      if (!register.store) return undefined;
      const store = stores.get(register.store);
      if (!store) throw new Error(`Register ${register.key} names an unknown store "${register.store}"`);
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
