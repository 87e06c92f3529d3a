export interface ExportsConfig {
  /** Check for the monthly report on a timer (croner rule with seconds); tests call runOnce. */
  monthlyReportEnabled: boolean;
  monthlyReportRule: string;
  /** Rows read per keyset batch (tests use a tiny one so every export crosses batch boundaries). */
  exportBatchSize: number;
  /** Test-only routes (fake clock); never in production. */
  testRoutes: boolean;
}

export const config = {
  default: { monthlyReportEnabled: true, monthlyReportRule: '0 5 * * * *', exportBatchSize: 1000, testRoutes: false } satisfies ExportsConfig,
  validator() {},
};
