import path from 'path';
import type { Circus } from '@jest/types';
import { TestEnvironment } from 'jest-environment-node';
import { OPEN_PAGES_KEY, ROOT, saveEvidence, type OpenPage } from './failure-evidence';

const fullName = (test: Circus.TestEntry) => {
  const names = [test.name];
  for (let block: Circus.DescribeBlock | undefined = test.parent; block && block.name !== 'ROOT_DESCRIBE_BLOCK'; block = block.parent) {
    names.unshift(block.name);
  }
  return names.join(' ');
};

/** Adds the evidence's location to the failure message, so it shows in jest's report. */
const annotate = (error: unknown, note: string) => {
  if (!error || typeof error !== 'object') return;
  const failure = error as { message?: unknown; stack?: unknown };
  if (typeof failure.message === 'string' && typeof failure.stack === 'string') {
    failure.stack = failure.stack.replace(failure.message, `${failure.message}${note}`);
    failure.message += note;
  }
};

/**
 * Node environment that photographs the panel when a test fails: at the failure, before the
 * test's afterEach closes its pages, every page the test opened is saved to test-results/browser.
 */
export default class BrowserTestEnvironment extends TestEnvironment {
  constructor(...args: ConstructorParameters<typeof TestEnvironment>) {
    super(...args);
    this.global[OPEN_PAGES_KEY] = [];
  }

  async handleTestEvent(event: Circus.Event) {
    // A failing test, or a failing beforeEach/afterEach around one (those carry the test).
    if (event.name !== 'test_fn_failure' && event.name !== 'hook_failure') return;
    if (!event.test) return;
    const name = fullName(event.test);
    const files = await saveEvidence(this.global[OPEN_PAGES_KEY] as OpenPage[], name);
    if (files.length === 0) return;
    const note = files.map((file) => `\n  saved ${path.relative(ROOT, file)}`).join('');
    process.stderr.write(`\nBrowser test failed: ${name}${note}\n`);
    annotate(event.error, note);
  }
}
