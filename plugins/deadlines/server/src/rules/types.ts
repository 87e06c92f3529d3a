import type { DeadlineUnit } from '../engine';

/** A policy's conditions are the one condition language of the contracts: all must hold. */
export type { Condition, ConditionOperator } from '@wuyedesk/contracts';
import type { Condition } from '@wuyedesk/contracts';

/**
 * Who an escalation step notifies: a role, the record's department or assignee, an address, or
 * `field:<name>` — the address in one of the record's own fields (a borrower's e-mail).
 */
/** A role key (every active person of the role), 'department-head', 'assignee', 'field:<name>' or an address. */
export type NotifyTarget = string;

export interface EscalationStep {
  /** 1 = customer-service supervisor (客服主管), 2 = service-centre director (服务中心主任)… */
  level: number;
  /** Minutes after the due time. */
  afterMinutes: number;
  notify: NotifyTarget;
  /**
   * Sent again every so many minutes until the clock stops (按期催还: a loan is chased until it
   * is returned), at most `repeatTimes` more times (default and ceiling: MAX_REPEATS).
   */
  repeatEveryMinutes?: number;
  repeatTimes?: number;
}

/** A deadline policy record (plugin::deadlines.policy), as the engine reads it. */
export interface DeadlinePolicy {
  id: number;
  name: string;
  register: string;
  /** Which clock of the record this policy drives ('handling', 'feedback'…); one policy per clock wins. */
  clock: string;
  conditions: Condition[];
  /** 'created', or a workflow action name ('dispatch'…): the clock starts at that action's stamp. */
  startOn: string;
  amount: number;
  unit: DeadlineUnit;
  /** The due time is this record field (特别复杂: agreed with the resident), not amount + unit. */
  agreedField: string | null;
  /** No automatic due time (重大报修: the manager sets it). */
  manual: boolean;
  /** States in which the clock stands still and resumes where it stopped. */
  pauseStates: string[];
  /** States in which the clock has done its job (resolved, closed, void). */
  stopStates: string[];
  /** The clock stops once this field has a value (feedback: customerNotifiedAt). */
  stopWhenField: string | null;
  /** A warning this many minutes before the due time (to the assignee, else the department). */
  warnBeforeMinutes: number | null;
  /** Whom the warning goes to instead of the assignee (a loan's borrower: 'field:requesterEmail'). */
  warnNotify?: NotifyTarget | null;
  escalation: EscalationStep[];
  /** Urgent mail ignores quiet hours. */
  urgent: boolean;
  /** This clock's due time is the record's dueAt (the handling clock). */
  setsRecordDueAt: boolean;
  active: boolean;
}

/** A planned notification of a clock: the warning or one escalation level. */
export interface PlannedStep {
  key: string;
  at: number;
  kind: 'warning' | 'escalation';
  level: number;
  notify: NotifyTarget;
  /** 1, 2… for the repeats of a repeating step; absent for its first sending. */
  repeat?: number;
}
