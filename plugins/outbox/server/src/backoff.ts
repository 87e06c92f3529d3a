/**
 * How long a mail waits after its `attempts`-th failed delivery: 30 s, 1 min, 2 min … doubling,
 * capped (default 1 h). Deterministic, so a test can drive it with a fake clock; several
 * instances never pile onto one row anyway because a row is leased before it is sent.
 */
export const retryDelayMs = ({ attempts, baseMs = 30_000, maxMs = 3_600_000 }: { attempts: number; baseMs?: number; maxMs?: number }): number => {
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`attempts must be a whole number ≥ 1, got ${attempts}`);
  return Math.min(maxMs, baseMs * 2 ** Math.min(attempts - 1, 30));
};
