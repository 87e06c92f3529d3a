import type { Core } from '@strapi/strapi';
import { BUILT_IN_REGISTERS, type RegisterDescription } from '@wuyedesk/contracts';

/** Something that contributes registers at run time (e.g. form types an administrator designed). */
export type RegisterSource = () => Promise<RegisterDescription[]>;

/**
 * The one place that knows which registers exist: the built-in ones from the contracts package
 * and whatever sources other plugins add. Deadlines, callbacks, audit and exports ask here.
 */
export const registry = (_: { strapi: Core.Strapi }) => {
  const sources: RegisterSource[] = [];
  return {
    addSource(source: RegisterSource) {
      sources.push(source);
    },
    builtIn(keyOrUid: string): RegisterDescription | undefined {
      return BUILT_IN_REGISTERS.find((r) => r.key === keyOrUid || r.uid === keyOrUid || r.pluralName === keyOrUid);
    },
    async list(): Promise<RegisterDescription[]> {
      const extra = await Promise.all(sources.map((source) => source()));
      return [...BUILT_IN_REGISTERS, ...extra.flat()];
    },
    async find(keyOrUid: string): Promise<RegisterDescription | undefined> {
      return this.builtIn(keyOrUid) ?? (await this.list()).find((r) => r.key === keyOrUid || r.uid === keyOrUid);
    },
  };
};
