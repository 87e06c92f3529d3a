export interface ExportsConfig {
  /** Check for the monthly report on a timer (croner rule with seconds); tests call runOnce. */
  monthlyReportEnabled: boolean;
  monthlyReportRule: string;
  /** Rows read per keyset batch (tests use a tiny one so every export crosses batch boundaries). */
  exportBatchSize: number;
  /** Run background exports on this instance (any number of instances may: jobs are claimed in the database). */
  exportJobRunner: boolean;
  /** Where background exports' files are kept, relative to the CMS folder (instances must share it). */
  exportJobsDir: string;
  /** How long a runner's claim lasts without renewal: after it, another instance takes the job over. */
  exportJobLeaseMs: number;
  /** How often each instance looks for background exports to run and files to delete. */
  exportJobPollMs: number;
  /** How long a finished export's file is kept for its owner. */
  exportJobKeepMs: number;
  /** Test-only routes (fake clock); never in production. */
  testRoutes: boolean;
}

export const config = {
  default: { monthlyReportEnabled: true, monthlyReportRule: '0 5 * * * *', exportBatchSize: 1000,
    exportJobRunner: true, exportJobsDir: 'data/exports', exportJobLeaseMs: 60_000, exportJobPollMs: 10_000, exportJobKeepMs: 86_400_000,
    testRoutes: false } satisfies ExportsConfig,
  validator() {},
};
