export interface DeadlinesConfig {
  /** Run the escalation scheduler on a timer; tests call runOnce({ now }) instead. */
  schedulerEnabled: boolean;
  /** croner rule, 6 fields (with seconds). */
  schedulerRule: string;
  /** Clocks handled per scheduler pass, at most. */
  batchSize: number;
  /** The panel's public address, for links in mail. */
  publicUrl: string;
  /** Exposes /api/deadlines/test/* (fake-clock passes for the integration tests). Never in production. */
  testRoutes: boolean;
}

export const config = {
  default: {
    schedulerEnabled: true,
    schedulerRule: '*/15 * * * * *',
    batchSize: 200,
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
