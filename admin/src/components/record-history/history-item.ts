import { recordStepRegister, type FieldDescription, type Locale, type RegisterDescription } from '@wuyedesk/contracts';
import type { Translate } from '../../providers/i18n';
import { enumLabel } from '../../registers/format';
import { formatDate, formatDateTime } from '../../registers/time';

/** One field's change in a step, as the server records it. */
export interface FieldChange {
  from: unknown;
  to: unknown;
}

/** One entry of `GET /api/<register>/<id>/history`. */
export interface HistoryEntry {
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  at: string;
  actorName: string | null;
  note: string | null;
  /** Field by field, from → to (a new record: its initial values). */
  changes?: Record<string, FieldChange> | null;
  /** Names of related records and people a change mentions: field → value → name. */
  labels?: Record<string, Record<string, string>>;
}

export const isHistoryEntry = (value: unknown): value is HistoryEntry =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as HistoryEntry).action === 'string' &&
  typeof (value as HistoryEntry).at === 'string';

/** Steps the deadlines scheduler writes: shown apart from the people's steps. */
export type HistoryKind = 'escalation' | 'warning' | 'step';

export const historyKind = (action: string): HistoryKind =>
  action === 'escalate' ? 'escalation' : action === 'deadline-warning' ? 'warning' : 'step';

const stateLabel = (register: RegisterDescription, value: string | null, locale: Locale) =>
  value ? (register.workflow?.states.find((s) => s.value === value)?.label[locale] ?? value) : '';

/** A step of another register written on this record (an archive lent, returned, destroyed). */
const auditActionLabel = (action: string, locale: Locale) =>
  recordStepRegister.fields.find((f) => f.name === 'action')?.options?.find((o) => o.value === action)?.label[locale];

const isBlank = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** A recorded value as staff read it: option labels, office time, names of people and records. */
export const readableValue = (
  register: RegisterDescription,
  field: FieldDescription,
  value: unknown,
  labels: Record<string, string> | undefined,
  locale: Locale,
  t: Translate,
): string => {
  if (isBlank(value)) return t('values.empty');
  if (field.name === register.workflow?.field) return stateLabel(register, String(value), locale);
  switch (field.type) {
    case 'enum':
      return enumLabel(field, String(value), locale);
    case 'datetime':
      return formatDateTime(String(value));
    case 'date':
      return formatDate(String(value));
    case 'boolean':
      return t(value ? 'values.yes' : 'values.no');
    case 'relation':
      return (Array.isArray(value) ? value : [value])
        .map((v) => labels?.[String(v)] ?? String(v))
        .join(t('list.listSeparator'));
    case 'media':
      return t('history.files', { count: Array.isArray(value) ? value.length : 1 });
    case 'json':
      return JSON.stringify(value);
    default:
      return String(value);
  }
};

/** Timeline lines for an entry: what happened, the state change, each field's change, who and when. */
export const describeHistoryEntry = (
  register: RegisterDescription,
  entry: HistoryEntry,
  locale: Locale,
  t: Translate,
) => {
  const step = register.workflow?.actions.find((a) => a.name === entry.action)?.label[locale];
  const generic: Record<string, string> = {
    create: t('history.created'),
    update: t('history.updated'),
    escalate: t('history.escalate'),
    'deadline-warning': t('history.warning'),
    'callback-sampling': t('history.callbackSampling'),
    'callback-done': t('history.callbackDone'),
  };
  const moved = entry.fromStatus !== entry.toStatus && entry.toStatus;
  // The status is already the transition line; the others are listed field by field.
  const changes = Object.entries(entry.changes ?? {})
    .map(([name, change]) => ({ field: register.fields.find((f) => f.name === name), change }))
    .filter(
      (c): c is { field: FieldDescription; change: FieldChange } =>
        !!c.field && c.field.name !== register.workflow?.field,
    )
    .map(({ field, change }) => ({
      field: field.name,
      label: field.label[locale],
      from: readableValue(register, field, change.from, entry.labels?.[field.name], locale, t),
      to: readableValue(register, field, change.to, entry.labels?.[field.name], locale, t),
    }));
  return {
    kind: historyKind(entry.action),
    title: step ?? generic[entry.action] ?? auditActionLabel(entry.action, locale) ?? entry.action,
    transition: moved
      ? t('history.transition', {
          from: stateLabel(register, entry.fromStatus, locale) || t('values.empty'),
          to: stateLabel(register, entry.toStatus, locale),
        })
      : undefined,
    changes,
    meta: [formatDateTime(entry.at), entry.actorName ? t('history.actor', { actor: entry.actorName }) : undefined]
      .filter(Boolean)
      .join(' · '),
    note: entry.note || undefined,
  };
};
