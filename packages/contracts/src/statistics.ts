import type { CallbackFigureRow } from './callbacks';

/**
 * The office's statistics (docs/statistics.md §6.1) for one period: one computation (plugins/exports'
 * statistics service) feeds the dashboard (`GET /api/statistics`) and the workbook
 * (`GET /api/statistics/workbook.xlsx`), so both show the same numbers.
 */
export type Granularity = 'day' | 'week' | 'month';

/** Which registers the completion figures cover. */
export type HandledRegister = 'complaint' | 'repair-order';

/** A period as Shanghai calendar days, both ends included. */
export interface StatisticsPeriod {
  from: string;
  to: string;
}

/** Work received in one day/week/month: how much was finished on time, late, or is still open. */
export interface CompletionFigure {
  register: HandledRegister;
  /** `2026-11-24`, `2026-W48` (ISO week), `2026-11`. */
  period: string;
  received: number;
  onTime: number;
  late: number;
  open: number;
  /** (onTime + late) / received, 0..1 (0 when nothing was received). */
  completionRate: number;
  /** onTime / (onTime + late), 0..1. */
  onTimeRate: number;
}

/** An unfinished record at the end of the period, with the reason the department gave. */
export interface UnfinishedFigure {
  register: HandledRegister;
  number: string;
  receivedAt: string;
  department: string | null;
  status: string;
  dueAt: string | null;
  /** 延误原因 (null: none given yet). */
  reason: string | null;
  /** Whole days open at the end of the period; ≥ 30 are the "open a month or more" list. */
  daysOpen: number;
}

/** One bar: a category, department, cause or urgency with its count. */
export interface CountFigure {
  key: string;
  label: string;
  count: number;
}

export interface ComplaintFigures {
  total: number;
  byCategory: CountFigure[];
  byDepartment: CountFigure[];
  byCause: CountFigure[];
}

export interface RepairFigures {
  total: number;
  byUrgency: CountFigure[];
  byDepartment: CountFigure[];
}

/** One row of the callback figures: the callbacks plugin's own type (one definition). */
export type CallbackFigure = CallbackFigureRow;

export interface CallbackFigures {
  /** false: the callbacks plugin is not installed; the sheet says 回访数据不可用. */
  available: boolean;
  rows: CallbackFigure[];
}

export interface KeyLoanLate {
  number: string;
  key: string;
  borrower: string;
  dueAt: string | null;
  returnedAt: string | null;
  status: string;
}

export interface KeyFigures {
  loans: number;
  /** Returned after the due time, or not returned by now although due. */
  returnedLate: number;
  lost: number;
  lateLoans: KeyLoanLate[];
  /** Per count kind (daily / weekly / monthly): how many counts, how many found keys missing. */
  counts: Array<{ kind: string; label: string; counts: number; withMissing: number; missingKeys: number }>;
}

export interface ArchiveLoanOverdue {
  number: string;
  archive: string;
  requester: string;
  dueAt: string;
  returnedAt: string | null;
}

export interface ArchiveFigures {
  loans: number;
  overdue: number;
  overdueLoans: ArchiveLoanOverdue[];
}

export interface StatisticsFigures {
  period: StatisticsPeriod;
  generatedAt: string;
  completion: Record<Granularity, CompletionFigure[]>;
  unfinished: UnfinishedFigure[];
  complaints: ComplaintFigures;
  repairs: RepairFigures;
  callbacks: CallbackFigures;
  keys: KeyFigures;
  archives: ArchiveFigures;
}


/** The callback rate targets (docs/callbacks.md §3.1): every complaint, at least 30 % of repairs. */
export const CALLBACK_TARGETS: Record<HandledRegister, number> = { complaint: 1, 'repair-order': 0.3 };
