import type { GenerateProgress } from './generate';

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

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
        `${(elapsedMs / 1000).toFixed(1)} s, ${rate.toLocaleString('en')} records/s, RSS ${mb(process.memoryUsage.rss())}`,
    );
  };
};

export const formatMb = mb;
