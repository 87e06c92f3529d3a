import type { Core } from '@strapi/strapi';
import type { RegisterDescription } from '@wuyedesk/contracts';
import type { Actor } from './access';

export type RecordValues = Record<string, unknown> & { documentId: string; id: number };

export type RecordEvent =
  | { type: 'created'; register: RegisterDescription; record: RecordValues; actor: Actor | null }
  | { type: 'updated'; register: RegisterDescription; record: RecordValues; before: RecordValues; changed: string[]; actor: Actor | null }
  | {
      type: 'transitioned';
      register: RegisterDescription;
      record: RecordValues;
      before: RecordValues;
      action: string;
      from: string;
      to: string;
      actor: Actor | null;
    };

export type RecordEventListener = (event: RecordEvent) => Promise<void> | void;

/**
 * Record events, delivered once, synchronously, inside the transaction that made the change:
 * a listener that throws rolls the change back, and no listener sees a change that did not commit.
 * Deadlines, callbacks and the audit trail subscribe here.
 */
export const events = (_: { strapi: Core.Strapi }) => {
  const listeners: RecordEventListener[] = [];
  return {
    on(listener: RecordEventListener) {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
    async emit(event: RecordEvent) {
      for (const listener of listeners) await listener(event);
    },
  };
};
