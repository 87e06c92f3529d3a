import { BROWSER_MISSING_MESSAGE, planBrowser, type BrowserFacts } from '../browser';

const machine = (facts: Partial<BrowserFacts>): BrowserFacts => ({
  hasChromium: true,
  hasCjkFont: true,
  isRoot: true,
  hasAptGet: true,
  hasPackageLists: true,
  ...facts,
});

describe('getting the browser for the browser tests', () => {
  it('does nothing when chromium and a Chinese font are installed', () => {
    expect(planBrowser(machine({ isRoot: false, hasAptGet: false }))).toEqual({ kind: 'ready' });
  });

  it('installs chromium with apt-get when it is missing and we are root', () => {
    expect(planBrowser(machine({ hasChromium: false }))).toEqual({ kind: 'install', packages: ['chromium'], updateFirst: false });
  });

  it('installs the font when only the font is missing', () => {
    expect(planBrowser(machine({ hasCjkFont: false }))).toEqual({ kind: 'install', packages: ['fonts-wqy-zenhei'], updateFirst: false });
  });

  it('runs apt-get update first on a machine that has no package lists yet', () => {
    expect(planBrowser(machine({ hasChromium: false, hasCjkFont: false, hasPackageLists: false }))).toEqual({
      kind: 'install',
      packages: ['chromium', 'fonts-wqy-zenhei'],
      updateFirst: true,
    });
  });

  it('reports what is missing when we are not root', () => {
    expect(planBrowser(machine({ hasChromium: false, isRoot: false }))).toEqual({ kind: 'missing', missing: ['chromium'] });
  });

  it('reports what is missing on a machine without apt-get', () => {
    expect(planBrowser(machine({ hasCjkFont: false, hasAptGet: false }))).toEqual({ kind: 'missing', missing: ['fonts-wqy-zenhei'] });
  });

  it('tells people the exact command to install both packages', () => {
    expect(BROWSER_MISSING_MESSAGE).toBe(
      "Browser tests need Debian's chromium and fonts-wqy-zenhei: run `sudo apt-get install -y chromium fonts-wqy-zenhei`",
    );
  });
});
