import { createHash } from 'crypto';

/**
 * Which resolved records get a callback when the rate is below 100% (repairs: 30%).
 *
 * Each record draws a score in [0, 1) from a hash of (seed, register, record number): not the
 * first N of the day, not chosen by anyone, the same on every run and every database for the
 * same seed, and anyone can recompute it. A score below the rate chooses the record.
 *
 * The draw alone could fall short of the rate on a given day, so the decision also sees how many
 * of the rule's records of that Shanghai day were resolved and chosen before this one: when
 * skipping this record would leave the day below the rate it is chosen anyway ("补足", top-up).
 * So after every decision chosen ≥ ceil(rate × resolved) for the day — the day's share never
 * drops below the rate, and neither does a week's (a sum of days). Symmetrically a drawn record
 * is passed over when the day is already `slack` callbacks above that need, so the workload stays
 * near the rate. Top-ups and caps are the only parts that depend on the order of resolution; each
 * says so in its reason.
 */
export type SamplingReason = 'all' | 'sample' | 'top-up' | 'capped' | 'skipped';

/**
 * A drawn record is passed over ("已超出", capped) when the day already has this many callbacks
 * beyond what the rate needs: 100 repairs at 30% give 30 to 40 callbacks, never more.
 */
export const DEFAULT_SLACK = 10;

export interface SamplingDecision {
  chosen: boolean;
  reason: SamplingReason;
  score: number;
  /** The day's counts including this record. */
  resolved: number;
  chosenCount: number;
}

/** A uniform score in [0, 1) from the first 52 bits of SHA-256. */
export const samplingScore = ({ seed, register, number }: { seed: string; register: string; number: string }): number =>
  Number.parseInt(createHash('sha256').update(`${seed}:${register}:${number}`).digest('hex').slice(0, 13), 16) /
  2 ** 52;

/** How many of `resolved` records must be chosen to meet `rate` (0–100). */
export const requiredCount = (rate: number, resolved: number): number => Math.ceil((rate * resolved) / 100 - 1e-9);

export const decide = ({
  rate,
  score,
  before,
  slack = DEFAULT_SLACK,
}: {
  /** 0–100. */
  rate: number;
  score: number;
  slack?: number;
  /** The day's counts for this rule before this record. */
  before: { resolved: number; chosen: number };
}): SamplingDecision => {
  const resolved = before.resolved + 1;
  const pick = (reason: SamplingReason): SamplingDecision => ({
    chosen: true,
    reason,
    score,
    resolved,
    chosenCount: before.chosen + 1,
  });
  if (rate >= 100) return pick('all');
  const needed = requiredCount(rate, resolved);
  if (before.chosen < needed) return pick(score < rate / 100 ? 'sample' : 'top-up');
  const skip = (reason: SamplingReason): SamplingDecision => ({
    chosen: false,
    reason,
    score,
    resolved,
    chosenCount: before.chosen,
  });
  if (score < rate / 100) return before.chosen + 1 > needed + slack ? skip('capped') : pick('sample');
  return skip('skipped');
};

const percent = (rate: number) => `${rate}%`;

/** Why, in the office's words: written on the callback task and on the source record's history. */
export const samplingNote = ({
  decision,
  rate,
  day,
  seed,
}: {
  decision: SamplingDecision;
  rate: number;
  day: string;
  seed: string;
}): string => {
  const score = decision.score.toFixed(4);
  const dayText = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;
  switch (decision.reason) {
    case 'all':
      return `回访比例${percent(rate)}：全部回访`;
    case 'sample':
      return `抽样选中：抽样值 ${score} < 回访比例 ${percent(rate)}（种子 ${seed}）`;
    case 'top-up':
      return `补足选中：抽样值 ${score} ≥ ${percent(rate)}，但${dayText}当日第${decision.resolved}单完成时已回访${decision.chosenCount - 1}单，不补足则低于${percent(rate)}`;
    case 'capped':
      return `抽样值 ${score} < 回访比例 ${percent(rate)}，但${dayText}当日已回访${decision.chosenCount}/${decision.resolved}单，超出比例所需较多，本单不再回访`;
    case 'skipped':
      return `未抽中：抽样值 ${score} ≥ 回访比例 ${percent(rate)}（种子 ${seed}）；${dayText}当日已回访${decision.chosenCount}/${decision.resolved}单，已达比例`;
  }
};
