export interface DeadlinesConfig {
  /** Run the escalation scheduler on a timer; tests call runOnce({ now }) instead. */
  schedulerEnabled: boolean;
  /** croner rule, 6 fields (with seconds). */
  schedulerRule: string;
  /**
   * Clocks handled per scheduler pass (one transaction), at most. Small, so the write lock is
   * held briefly (SQLite has one writer: a long pass would stall the desk's saves); a timer tick
   * runs passes back to back until the due work is drained, so throughput does not depend on it.
   */
  batchSize: number;
  /** How long one timer tick may keep draining due work before it yields to the next tick. */
  drainMs: number;
  /** The panel's public address, for links in mail. */
  publicUrl: string;
  /** Exposes /api/deadlines/test/* (fake-clock passes for the integration tests). Never in production. */
  testRoutes: boolean;
}

export const config = {
  default: {
    schedulerEnabled: true,
    schedulerRule: '*/15 * * * * *',
    batchSize: 100,
    drainMs: 5_000,
    publicUrl: 'http://localhost:1337',
    testRoutes: false,
  } satisfies DeadlinesConfig,
  validator(value: Partial<DeadlinesConfig>) {
    if (value.batchSize !== undefined && !(Number(value.batchSize) > 0)) throw new Error('deadlines.batchSize must be positive');
    if (value.schedulerRule !== undefined && String(value.schedulerRule).trim().split(/\s+/).length !== 6) {
      throw new Error('deadlines.schedulerRule must be a 6-field croner rule (with seconds)');
    }
  },
};
