/**
 * One step in a record's life: created, dispatched, accepted… with each field's change from → to.
 * The audit trail (审计日志): written only by the records service inside the same transaction as
 * the change it describes; no route writes or deletes it and the database layer refuses updates
 * and deletes (services/audit-guard.ts). `confidentiality` copies the record's (or its archive's)
 * 机密 marking so roles without clearance never see the step either.
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
      confidentiality: { type: 'enumeration', enum: ['normal', 'confidential'], default: 'normal' },
    },
  },
};

export const STEP_UID = 'plugin::records.step';
