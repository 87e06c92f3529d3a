import { DEADLINE_UNITS } from '../../engine';

export const POLICY_UID = 'plugin::deadlines.policy';

/**
 * A deadline policy (时限规则): which records (register + conditions) get which clock, when it
 * starts, how long it runs, what stops or pauses it and whom it escalates to. Data, edited by the
 * administrator; rules/plan.ts reads it.
 */
export const policy = {
  schema: {
    kind: 'collectionType',
    collectionName: 'wd_deadline_policies',
    info: { singularName: 'policy', pluralName: 'policies', displayName: 'Deadline policy' },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      name: { type: 'string', required: true },
      register: { type: 'string', required: true },
      clock: { type: 'string', required: true, default: 'handling' },
      conditions: { type: 'json' },
      startOn: { type: 'string', required: true, default: 'created' },
      amount: { type: 'decimal', required: true, default: 0 },
      unit: { type: 'enumeration', enum: [...DEADLINE_UNITS], required: true, default: 'minutes' },
      agreedField: { type: 'string' },
      manual: { type: 'boolean', default: false },
      pauseStates: { type: 'json' },
      stopStates: { type: 'json' },
      stopWhenField: { type: 'string' },
      warnBeforeMinutes: { type: 'integer' },
      warnNotify: { type: 'string' },
      escalation: { type: 'json' },
      urgent: { type: 'boolean', default: false },
      setsRecordDueAt: { type: 'boolean', default: false },
      active: { type: 'boolean', default: true },
    },
  },
};
