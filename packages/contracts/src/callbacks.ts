import type { Condition } from './conditions';
import type { RoleKey } from './types';

/**
 * The callbacks plugin's shapes shared by the CMS and the panel: callback rules (回访规则) and the
 * figures the statistics export reads (回访率 against target, satisfaction).
 */

/** One test on a field of the source record: the one condition language (`conditions.ts`). */
export type CallbackCondition = Condition;

export type CallbackWindowUnit = 'calendar_days' | 'working_days';
export const CALLBACK_WINDOW_UNITS: readonly CallbackWindowUnit[] = ['calendar_days', 'working_days'];

/** The role whose people make a rule's callbacks (complaints: the supervisor; repairs: the desk). */
export type CallerRole = RoleKey;

/** A callback rule as the API gives and takes it. */
export interface CallbackRule {
  id: number;
  name: string;
  /** Register key of the records it applies to ('complaint', 'repair-order', a form type…). */
  register: string;
  conditions: CallbackCondition[];
  /** Workflow action that triggers the callback ('resolve'). */
  trigger: string;
  windowAmount: number;
  windowUnit: CallbackWindowUnit;
  /** Share of triggered records that get a callback, 0–100 (complaints 100, repairs 30). */
  rate: number;
  callerRole: CallerRole;
  /** Allowed 回访方式 (values of CALLBACK_METHOD_OPTIONS). */
  methods: string[];
  active: boolean;
}

export type CallbackRuleInput = Omit<CallbackRule, 'id'>;

export type FigureGranularity = 'day' | 'week' | 'month';

/** One row of the callback figures: per register, department and period. */
export interface CallbackFigureRow {
  register: string;
  department: string | null;
  /** '2026-11-24' (day), '2026-W48' (ISO week), '2026-11' (month), on the Shanghai calendar. */
  period: string;
  /** Records of the register whose trigger happened in the period. */
  resolved: number;
  /** Of those, the ones given a callback task. */
  required: number;
  done: number;
  /** Done by their due time. */
  onTime: number;
  /** done ÷ resolved, 0–1. */
  rate: number;
  /** The rule's rate, 0–1. */
  target: number;
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
  /** Mean of the 1–5 scores given; null when none. */
  averageScore: number | null;
}

/** Error codes of the callbacks plugin (details.code). */
export const CALLBACK_ERROR_CODES = {
  pending: 'CALLBACK_PENDING',
  callerRole: 'CALLBACK_CALLER_ROLE',
} as const;

