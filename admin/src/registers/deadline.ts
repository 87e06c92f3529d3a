import type { RegisterDescription } from '@wuyedesk/contracts';
import type { Translate } from '../providers/i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type DeadlineColour = 'blue' | 'orange' | 'red';

export interface DeadlineTag {
  text: string;
  colour: DeadlineColour;
}

/** A record is open while its state is neither final (closed, void) nor resolved. */
export const isOpenRecord = (register: RegisterDescription, status: unknown): boolean => {
  const workflow = register.workflow;
  if (!workflow || typeof status !== 'string') return false;
  const resolved = new Set(['resolved', ...workflow.actions.filter((a) => a.name === 'resolve').map((a) => a.to)]);
  const state = workflow.states.find((s) => s.value === status);
  return !!state && !state.final && !resolved.has(status);
};

/** “2 小时 10 分” / “3 天” / “25 分钟”: days alone from one day on, else hours and minutes. */
export const formatSpan = (ms: number, t: Translate): string => {
  const span = Math.abs(ms);
  if (span >= DAY) return t('deadline.days', { days: Math.floor(span / DAY) });
  const hours = Math.floor(span / HOUR);
  const minutes = Math.floor((span % HOUR) / MINUTE);
  if (hours === 0) return t('deadline.minutes', { minutes });
  return minutes === 0 ? t('deadline.hours', { hours }) : t('deadline.hoursMinutes', { hours, minutes });
};

/**
 * The tag next to a due time: time left (blue; orange under 30 minutes or under a quarter of
 * the whole allowance when its start is known) or overdue (red).
 */
export const deadlineTag = ({ dueAt, startAt, now, t }: { dueAt: string; startAt?: string | null; now: number; t: Translate }): DeadlineTag | null => {
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return null;
  const left = due - now;
  if (left < 0) return { text: t('deadline.overdue', { span: formatSpan(left, t) }), colour: 'red' };
  const start = startAt ? Date.parse(startAt) : Number.NaN;
  const whole = Number.isNaN(start) ? 0 : due - start;
  const short = left < 30 * MINUTE || (whole > 0 && left < whole / 4);
  return { text: t('deadline.left', { span: formatSpan(left, t) }), colour: short ? 'orange' : 'blue' };
};
