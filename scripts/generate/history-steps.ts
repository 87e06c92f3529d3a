import type { Core } from '@strapi/strapi';
import type { DatabaseClient } from '../lib/boot-strapi';
import { tableLayout, type TableLayout } from './record-layout';

/** The records plugin's status history (wd_record_steps); its uid is not exported by the plugin. */
export const STEP_UID = 'plugin::records.step';

export type HistoryMode = 'create' | 'none';

const STEP_FIELDS = ['register', 'recordId', 'number', 'action', 'fromStatus', 'toStatus', 'actorId', 'actorName', 'at'];

/**
 * Generated records get the one history step every record starts with ('create', by whoever
 * recorded it), not a replay of dispatch/accept/… — that would write ~5 rows per record, and
 * the stamps on the record already say when each step happened.
 */
export const stepLayout = (strapi: Core.Strapi, client: DatabaseClient): TableLayout =>
  tableLayout({ strapi, client, uid: STEP_UID, fields: STEP_FIELDS });
