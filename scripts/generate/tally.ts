import type { RegisterDescription } from '@wuyedesk/contracts';
import type { FieldValue } from './types';

const HOUR = 3_600_000;

export interface Tally {
  add: (values: Readonly<Record<string, FieldValue>>) => void;
  byStatus: Readonly<Record<string, number>>;
  /** Still being handled (not resolved, closed or void). */
  open: () => number;
  /** Open and past dueAt. */
  overdue: () => number;
  /** Open and due within an hour either side of the end of the period. */
  dueAboutNow: () => number;
}

/** Counts what was generated, so a run can be checked against the distribution it meant to make. */
export const createTally = (register: RegisterDescription, now: Date): Tally => {
  const byStatus: Record<string, number> = {};
  const statusField = register.workflow?.field;
  // 'resolved' only waits for the desk to close it: it is no longer due.
  const done = new Set([...(register.workflow?.states.filter((s) => s.final).map((s) => s.value) ?? []), 'resolved']);
  let open = 0;
  let overdue = 0;
  let dueAboutNow = 0;
  return {
    byStatus,
    add(values) {
      const status = statusField ? String(values[statusField] ?? '') : '';
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      if (!statusField || done.has(status)) return;
      open += 1;
      const dueAt = values.dueAt instanceof Date ? values.dueAt.getTime() : null;
      if (dueAt === null) return;
      if (dueAt < now.getTime()) overdue += 1;
      if (Math.abs(dueAt - now.getTime()) <= HOUR) dueAboutNow += 1;
    },
    open: () => open,
    overdue: () => overdue,
    dueAboutNow: () => dueAboutNow,
  };
};
