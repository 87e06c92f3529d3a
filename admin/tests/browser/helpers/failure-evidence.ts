import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
/** test-results/browser at the repository root (git-ignored). */
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'browser');

/** Where the test's open pages are listed, on the test file's global, for the environment to find. */
export const OPEN_PAGES_KEY = '__wuyedeskOpenPages';

export interface OpenPage {
  page: Page;
  consoleErrors: string[];
}

/** A test's full name as a file name: letters (Chinese too) and digits, the rest dashes. */
export const evidenceName = (testName: string) =>
  testName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 150);

/**
 * Saves a full-page screenshot of each open page, and its console errors when it had any.
 * Returns the files written. A page that is already closed or hangs is skipped: the evidence
 * must never hide the failure it documents.
 */
export const saveEvidence = async (pages: OpenPage[], testName: string): Promise<string[]> => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const files: string[] = [];
  for (const [index, { page, consoleErrors }] of pages.entries()) {
    const base = path.join(SCREENSHOT_DIR, `${evidenceName(testName)}${index === 0 ? '' : `-${index + 1}`}`);
    try {
      await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 10_000 });
      files.push(`${base}.png`);
    } catch {
      // closed or unresponsive: nothing to show
    }
    if (consoleErrors.length > 0) {
      fs.writeFileSync(`${base}.console.txt`, `${page.url()}\n\n${consoleErrors.join('\n')}\n`);
      files.push(`${base}.console.txt`);
    }
  }
  return files;
};
