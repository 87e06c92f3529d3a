import { CALLER_ROLE_OPTIONS, DEFAULT_CALLBACK_CALLER } from '@wuyedesk/contracts';

export const RULE_UID = 'plugin::callbacks.rule';

/**
 * A callback rule (回访规则): which records (register + conditions, as deadline policies), on which
 * workflow action, within what window, at what rate, called by whom, by which methods. Data,
 * edited by the administrator in the panel; services/tasks.ts reads it on every trigger.
 */
export const rule = {
  schema: {
    kind: 'collectionType',
    collectionName: 'wd_callback_rules',
    info: { singularName: 'rule', pluralName: 'rules', displayName: 'Callback rule' },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      name: { type: 'string', required: true },
      register: { type: 'string', required: true },
      conditions: { type: 'json' },
      trigger: { type: 'string', required: true, default: 'resolve' },
      windowAmount: { type: 'integer', required: true, default: 7 },
      windowUnit: {
        type: 'enumeration',
        enum: ['calendar_days', 'working_days'],
        required: true,
        default: 'calendar_days',
      },
      rate: { type: 'integer', required: true, default: 100 },
      callerRole: { type: 'enumeration', enum: CALLER_ROLE_OPTIONS.map((o) => o.value), required: true, default: DEFAULT_CALLBACK_CALLER },
      methods: { type: 'json' },
      active: { type: 'boolean', default: true },
    },
  },
};
