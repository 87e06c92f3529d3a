import type { Worksheet } from 'exceljs';

/** How much compressed-to-be sheet XML may wait in exceljs's zip pipe before we pause. */
export const ZIP_HIGH_WATER_BYTES = 1 << 20;

interface PipeLike {
  _writableState?: { length?: number };
  once(event: 'drain', listener: () => void): unknown;
}

/**
 * exceljs's streaming writer ignores backpressure (exceljs issues #734, #1894): a committed row is
 * written into the worksheet's StreamBuf, which pushes it into archiver's input without waiting,
 * so with a slow client (or just a fast database) uncompressed XML piles up — ~850 MB at 1M rows.
 * This reaches into exceljs internals (`worksheet.stream.pipes[0]`, archiver's writable state,
 * exceljs 4.4) and waits for 'drain' when more than `highWater` bytes are queued there. If the
 * internals change, it does nothing (no wait) rather than fail: the export still works, memory grows.
 */
export const waitForZip = async (worksheet: Worksheet, highWater = ZIP_HIGH_WATER_BYTES): Promise<void> => {
  const stream = (worksheet as unknown as { stream?: { pipes?: PipeLike[] } }).stream;
  const pipe = stream?.pipes?.[0];
  const queued = pipe?._writableState?.length ?? 0;
  if (!pipe || queued <= highWater) return;
  await new Promise<void>((resolve) => pipe.once('drain', resolve));
};
