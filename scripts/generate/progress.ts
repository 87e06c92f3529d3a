import type { GenerateProgress, GenerateResult } from './generate';
import type { HistoryMode } from './history-steps';

export const formatMb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** The most memory this process has held so far (the OS's high-water mark, not a sample). */
export const peakRss = () => process.resourceUsage().maxRSS * 1024;

/** Prints a progress line at most every `everyMs`, and always the last one. */
export const progressPrinter = ({ label, everyMs = 2000 }: { label: string; everyMs?: number }) => {
  let printedAt = 0;
  return ({ written, total, elapsedMs }: GenerateProgress) => {
    if (written < total && elapsedMs - printedAt < everyMs) return;
    printedAt = elapsedMs;
    const rate = elapsedMs ? Math.round((written / elapsedMs) * 1000) : 0;
    const percent = total ? ((written / total) * 100).toFixed(0) : '100';
    console.log(
      `${label}: ${written.toLocaleString('en')} / ${total.toLocaleString('en')} (${percent}%) ` +
        `${(elapsedMs / 1000).toFixed(1)} s, ${rate.toLocaleString('en')} records/s, RSS ${formatMb(process.memoryUsage.rss())} (JS heap ${formatMb(process.memoryUsage().heapUsed)})`,
    );
  };
};

const count = (n: number) => n.toLocaleString('en');

/** What a run made, with the figures a benchmark report needs, so it can be checked at a glance. */
export const summaryLines = ({ result, pluralName, history, until }: {
  result: GenerateResult;
  pluralName: string;
  history: HistoryMode;
  until: Date;
}): string[] => {
  const seconds = result.elapsedMs / 1000;
  const { tally } = result;
  return [
    `Generated ${count(result.count)} ${pluralName} in ${seconds.toFixed(1)} s: ${count(Math.round(result.count / seconds))} records/s, ` +
      `${count(Math.round(result.rows / seconds))} rows/s (${count(result.rows)} rows: records, link rows` +
      `${history === 'create' ? ', one history step each' : '; no history steps'}). Peak RSS ${formatMb(peakRss())}`,
    `Numbers ${result.firstNumber ?? '-'} … ${result.lastNumber ?? '-'}`,
    `Status: ${Object.entries(tally.byStatus).map(([status, n]) => `${status} ${count(n)}`).join(', ')}`,
    `Open ${count(tally.open())}, of which overdue ${count(tally.overdue())}; due within an hour of ${until.toISOString()}: ${count(tally.dueAboutNow())}`,
  ];
};
