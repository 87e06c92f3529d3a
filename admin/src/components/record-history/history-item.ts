import type { Locale, RegisterDescription } from '@wuyedesk/contracts';
import type { Translate } from '../../providers/i18n';
import { formatDateTime } from '../../registers/time';

/** One entry of `GET /api/<register>/<id>/history`. */
export interface HistoryEntry {
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  at: string;
  actorName: string | null;
  note: string | null;
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

/** Timeline lines for an entry: what happened, the state change, who and when. */
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
  return {
    kind: historyKind(entry.action),
    title: step ?? generic[entry.action] ?? entry.action,
    transition: moved
      ? t('history.transition', {
          from: stateLabel(register, entry.fromStatus, locale) || t('values.empty'),
          to: stateLabel(register, entry.toStatus, locale),
        })
      : undefined,
    meta: [formatDateTime(entry.at), entry.actorName ? t('history.actor', { actor: entry.actorName }) : undefined]
      .filter(Boolean)
      .join(' · '),
    note: entry.note || undefined,
  };
};
