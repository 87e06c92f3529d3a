import type { CallbackFigureRow, FigureGranularity } from '@wuyedesk/contracts';

const SHANGHAI_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The Shanghai period an instant falls in: '2026-11-24', '2026-W48' (ISO week) or '2026-11'. */
export const periodOf = (at: Date, granularity: FigureGranularity): string => {
  const local = new Date(at.getTime() + SHANGHAI_MS);
  const day = local.toISOString().slice(0, 10);
  if (granularity === 'day') return day;
  if (granularity === 'month') return day.slice(0, 7);
  // ISO week: the week (Monday first) belongs to the year of its Thursday.
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  const weekday = (local.getUTCDay() + 6) % 7;
  const thursday = new Date(midnight + (3 - weekday) * DAY_MS);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / DAY_MS / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
};

/** A record whose trigger (resolve) happened, with the rate its rule asked for. */
export interface TriggeredRecord {
  register: string;
  department: string | null;
  at: Date;
  /** 0–100. */
  rate: number;
}

export interface CallbackTaskFacts {
  register: string;
  department: string | null;
  triggeredAt: Date;
  status: string;
  doneAt: Date | null;
  dueAt: Date | null;
  satisfaction: string | null;
  score: number | null;
}

/**
 * 回访率 and satisfaction per register, department and period. A callback counts in the period of
 * its trigger, so a period's rate compares like with like. The target is the rates of the rules
 * that applied, weighted by their records (complaints 100%, repairs 30%).
 */
export const callbackFigures = ({
  triggered,
  tasks,
  granularity,
}: {
  triggered: TriggeredRecord[];
  tasks: CallbackTaskFacts[];
  granularity: FigureGranularity;
}): CallbackFigureRow[] => {
  const rows = new Map<string, CallbackFigureRow & { targetSum: number; scoreSum: number; scores: number }>();
  const row = (register: string, department: string | null, at: Date) => {
    const period = periodOf(at, granularity);
    const key = JSON.stringify([register, department, period]);
    let found = rows.get(key);
    if (!found) {
      found = {
        register,
        department,
        period,
        resolved: 0,
        required: 0,
        done: 0,
        onTime: 0,
        rate: 0,
        target: 0,
        satisfied: 0,
        basicallySatisfied: 0,
        dissatisfied: 0,
        averageScore: null,
        targetSum: 0,
        scoreSum: 0,
        scores: 0,
      };
      rows.set(key, found);
    }
    return found;
  };
  for (const record of triggered) {
    const r = row(record.register, record.department, record.at);
    r.resolved += 1;
    r.targetSum += record.rate / 100;
  }
  for (const task of tasks) {
    const r = row(task.register, task.department, task.triggeredAt);
    r.required += 1;
    if (task.status !== 'done') continue;
    r.done += 1;
    if (task.doneAt && (!task.dueAt || task.doneAt.getTime() <= task.dueAt.getTime())) r.onTime += 1;
    if (task.satisfaction === 'satisfied') r.satisfied += 1;
    if (task.satisfaction === 'basically_satisfied') r.basicallySatisfied += 1;
    if (task.satisfaction === 'dissatisfied') r.dissatisfied += 1;
    if (typeof task.score === 'number') {
      r.scoreSum += task.score;
      r.scores += 1;
    }
  }
  return [...rows.values()]
    .map(({ targetSum, scoreSum, scores, ...r }) => ({
      ...r,
      rate: r.resolved ? r.done / r.resolved : 0,
      target: r.resolved ? targetSum / r.resolved : 0,
      averageScore: scores ? scoreSum / scores : null,
    }))
    .sort(
      (a, b) =>
        a.period.localeCompare(b.period) ||
        a.register.localeCompare(b.register) ||
        (a.department ?? '').localeCompare(b.department ?? ''),
    );
};
