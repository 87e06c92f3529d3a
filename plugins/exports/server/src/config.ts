export interface ExportsConfig {
  /** Check for the monthly report on a timer (croner rule with seconds); tests call runOnce. */
  monthlyReportEnabled: boolean;
  monthlyReportRule: string;
  /** Test-only routes (fake clock); never in production. */
  testRoutes: boolean;
}

export const config = {
  default: { monthlyReportEnabled: true, monthlyReportRule: '0 5 * * * *', testRoutes: false } satisfies ExportsConfig,
  validator() {},
};
