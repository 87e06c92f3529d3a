import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../../../../scripts/lib/browser';
import { OPEN_PAGES_KEY, type OpenPage } from './failure-evidence';

/** Debian's Chromium, headless, quiet: no first-run UI, no background calls home, no QUIC. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A front-desk PC: a common office laptop screen, Chinese, Shanghai time. */
const DESK = { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 768 } };

export const panelUrl = () => {
  const url = process.env.WUYEDESK_TEST_URL;
  if (!url) throw new Error('WUYEDESK_TEST_URL is not set: run the browser tests through admin/jest.browser.config.cjs');
  return url;
};

const openPages = () => (globalThis as unknown as Record<string, OpenPage[]>)[OPEN_PAGES_KEY];

const watch = (page: Page): OpenPage => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.stack ?? error.message}`));
  return { page, consoleErrors };
};

/**
 * One Chromium per test file (playwright's launch gives it a fresh temporary profile, removed
 * when it closes) and a fresh context per window: each test starts signed out with empty
 * storage, and its windows close after it, once a failure has been photographed.
 */
export const useBrowser = () => {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  });
  afterEach(async () => {
    openPages().length = 0;
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A new browser window, nobody signed in; at `path` of the panel when given. */
  return async (path?: string): Promise<Page> => {
    if (!browser) throw new Error('useBrowser() must be called at the top of the test file');
    const context = await browser.newContext({ ...DESK, baseURL: panelUrl() });
    // A step that has not happened in 15 s fails with playwright's description of what it awaited.
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    const page = await context.newPage();
    openPages().push(watch(page));
    if (path !== undefined) await page.goto(path);
    return page;
  };
};
