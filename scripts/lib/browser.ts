/**
 * The browser the panel's browser tests drive: Debian's `chromium` and a CJK font (without one,
 * Chinese renders as boxes in failure screenshots). `npm test` installs what is missing when it
 * can (root with apt-get), and otherwise stops with the command to run: browser tests are never
 * skipped.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';

export const CHROMIUM_PATH = '/usr/bin/chromium';
/** The font file of Debian's fonts-wqy-zenhei, for machines without fontconfig's fc-list. */
export const CJK_FONT_FILE = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';
export const BROWSER_MISSING_MESSAGE =
  "Browser tests need Debian's chromium and fonts-wqy-zenhei: run `sudo apt-get install -y chromium fonts-wqy-zenhei`";

export interface BrowserFacts {
  hasChromium: boolean;
  hasCjkFont: boolean;
  isRoot: boolean;
  hasAptGet: boolean;
  /** apt has package lists to install from (a fresh container has none until `apt-get update`). */
  hasPackageLists: boolean;
}

export type BrowserPlan =
  | { kind: 'ready' }
  | { kind: 'install'; packages: string[]; updateFirst: boolean }
  | { kind: 'missing'; missing: string[] };

const missingPackages = (facts: Pick<BrowserFacts, 'hasChromium' | 'hasCjkFont'>) => [
  ...(facts.hasChromium ? [] : ['chromium']),
  ...(facts.hasCjkFont ? [] : ['fonts-wqy-zenhei']),
];

/** What to do about the browser, from what the machine has. Pure, so every branch is tested. */
export const planBrowser = (facts: BrowserFacts): BrowserPlan => {
  const packages = missingPackages(facts);
  if (packages.length === 0) return { kind: 'ready' };
  if (!facts.isRoot || !facts.hasAptGet) return { kind: 'missing', missing: packages };
  return { kind: 'install', packages, updateFirst: !facts.hasPackageLists };
};

const onPath = (command: string) =>
  (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, command)));

const isExecutable = (file: string) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const hasCjkFont = () => {
  const list = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return (list.status === 0 && list.stdout.trim() !== '') || fs.existsSync(CJK_FONT_FILE);
};

const hasPackageLists = () => {
  const dir = '/var/lib/apt/lists';
  return fs.existsSync(dir) && fs.readdirSync(dir).some((name) => name.includes('_Packages'));
};

export const readBrowserFacts = (): BrowserFacts => ({
  hasChromium: isExecutable(CHROMIUM_PATH),
  hasCjkFont: hasCjkFont(),
  isRoot: process.getuid?.() === 0,
  hasAptGet: onPath('apt-get'),
  hasPackageLists: hasPackageLists(),
});

const apt = (args: string[]) => {
  console.log(`$ DEBIAN_FRONTEND=noninteractive apt-get ${args.join(' ')}`);
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
};

/**
 * Makes sure the browser tests can run. Returns null when they can, or the reason they cannot
 * (ending in the exact command to run), which the caller reports as a failure.
 */
export const ensureBrowser = (): string | null => {
  const plan = planBrowser(readBrowserFacts());
  if (plan.kind === 'ready') return null;
  if (plan.kind === 'missing') return `Missing: ${plan.missing.join(', ')}.\n${BROWSER_MISSING_MESSAGE}`;
  console.log(`Installing ${plan.packages.join(' and ')} for the browser tests (Debian packages)…`);
  const install = ['install', '-y', ...plan.packages];
  // Without package lists apt knows no packages; stale ones fail with "Unable to locate
  // package": either way refresh them (once) and try again.
  if (plan.updateFirst ? apt(['update']) && apt(install) : apt(install) || (apt(['update']) && apt(install))) {
    console.log(`Installed ${plan.packages.join(' and ')}.`);
  }
  const still = missingPackages(readBrowserFacts());
  return still.length === 0 ? null : `apt-get could not install ${still.join(', ')}.\n${BROWSER_MISSING_MESSAGE}`;
};
