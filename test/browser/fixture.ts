/**
 * The set-up the browser tests share, as jest hooks: one Chromium for a test file, a local stack
 * (emulator and host) for a file or a describe block, and an admin's page kept open for a block.
 *
 * Each `use…` registers its `beforeAll`/`afterAll` where it is called and returns a stand-in for
 * what the `beforeAll` makes: the tests use it as if it were there already, and a use before the
 * hook has run fails with what was missing. Hooks run in the order they are declared, and a
 * block's `afterAll` before its parent's: declare what a later hook uses first, and what must
 * close first (a page on a stack) in the inner block.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { type TestStack, startTestStack } from '../support/localStack';
import { type AppPage, type View, failOnAccessibilityProblems, openViewer } from './appPage';

/** How long Chromium, a stack or the first page may take to start on a busy 2-core machine. */
const START_MS = 120_000;

/**
 * Chromium for the file's tests, closed after them; a test in which the page's accessibility
 * check found a serious problem fails at its end (`failOnAccessibilityProblems`).
 */
export function useBrowser(): Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, START_MS);
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(failOnAccessibilityProblems);
  return standIn('the browser', () => browser);
}

/** A local stack of its own for the file or describe block, stopped (its data removed) after. */
export function useStack(options?: Parameters<typeof startTestStack>[0]): TestStack {
  let stack: TestStack | undefined;
  beforeAll(async () => {
    stack = await startTestStack(options);
  }, START_MS);
  afterAll(async () => {
    await stack?.stop();
  });
  return standIn('the local stack', () => stack);
}

/**
 * The app opened once for the block, for one viewer (the admin by default), its context closed
 * after; opening it has the file's test timeout, as a test step would.
 */
export function useApp(browser: Browser, stack: TestStack, view: View = {}): AppPage {
  let app: AppPage | undefined;
  beforeAll(async () => {
    app = await openViewer(browser, stack.url, view);
  });
  afterAll(async () => {
    await app?.page.context().close();
  });
  return standIn('the app page', () => app);
}

/** Reads of the stand-in go to the value once `current` has it; methods stay bound to it. */
function standIn<T extends object>(what: string, current: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_target, key) {
      const value = current();
      if (value === undefined) {
        throw new Error(`${what} is not there yet: use it in a test or a hook declared after it`);
      }
      const property: unknown = Reflect.get(value, key);
      return typeof property === 'function'
        ? (property as (...args: unknown[]) => unknown).bind(value)
        : property;
    },
  });
}
