import fs from 'fs';
import os from 'os';
import path from 'path';
import startStrapi from '../../../../cms/tests/helpers/global-setup';
import { BROWSER_MISSING_MESSAGE, planBrowser, readBrowserFacts } from '../../../../scripts/lib/browser';
import { ROOT, SCREENSHOT_DIR } from './failure-evidence';

const BUILD_FIRST = 'Run `npm run build` first (npm test does).';

const mustExist = (file: string, why: string) => {
  if (!fs.existsSync(path.join(ROOT, file))) throw new Error(`${file} is missing: ${why}. ${BUILD_FIRST}`);
};

/**
 * A copy of the built panel for this run: a build started meanwhile (someone working on the
 * panel) empties admin/dist, and the CMS would answer the pages with 404s mid-test.
 */
const copyPanel = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wuyedesk-panel-'));
  fs.cpSync(path.join(ROOT, 'admin', 'dist'), dir, { recursive: true });
  const index = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const missing = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]).filter((a) => !fs.existsSync(path.join(dir, a)));
  if (missing.length > 0) throw new Error(`admin/dist is incomplete (${missing.join(', ')}): was a build running? ${BUILD_FIRST}`);
  return dir;
};

/**
 * Boots the same real Strapi as the CMS integration tests (minimal seed: departments, units,
 * the five demo users), serving a copy of the built panel at `/`.
 */
export default async function globalSetup() {
  mustExist('admin/dist/index.html', 'the browser tests drive the built panel');
  mustExist('cms/dist/src/index.js', 'the browser tests run the compiled CMS');
  if (planBrowser(readBrowserFacts()).kind !== 'ready') throw new Error(BROWSER_MISSING_MESSAGE);
  // Screenshots of an earlier run would pass for failures of this one.
  fs.rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  process.env.WUYEDESK_PANEL_DIR = copyPanel();
  await startStrapi();
}
