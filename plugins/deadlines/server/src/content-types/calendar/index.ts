export const CALENDAR_UID = 'plugin::deadlines.calendar';

/**
 * The office's working calendar (工作日历): weekends, public holidays, make-up working days (调休),
 * optional office hours. The active one is what every deadline is computed on (Asia/Shanghai).
 */
export const calendar = {
  schema: {
    kind: 'collectionType',
    collectionName: 'wd_deadline_calendars',
    info: { singularName: 'calendar', pluralName: 'calendars', displayName: 'Working calendar' },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      name: { type: 'string', required: true },
      active: { type: 'boolean', default: true },
      weekendDays: { type: 'json' },
      holidays: { type: 'json' },
      workdays: { type: 'json' },
      workingHours: { type: 'json' },
      /** What the administrator still has to do, e.g. enter next year's notice by hand. */
      notes: { type: 'text' },
    },
  },
};
