/**
 * One step in a record's life: created, dispatched, accepted… Written only by the records
 * service inside the same transaction as the change it describes; no route writes or deletes it.
 */
export const step = {
  schema: {
    kind: 'collectionType',
    collectionName: 'wd_record_steps',
    info: { singularName: 'step', pluralName: 'steps', displayName: 'Record step' },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
    attributes: {
      register: { type: 'string', required: true },
      recordId: { type: 'string', required: true },
      number: { type: 'string' },
      action: { type: 'string', required: true },
      fromStatus: { type: 'string' },
      toStatus: { type: 'string' },
      actorId: { type: 'integer' },
      actorName: { type: 'string' },
      note: { type: 'text' },
      changes: { type: 'json' },
      at: { type: 'datetime', required: true },
    },
  },
};

export const STEP_UID = 'plugin::records.step';
