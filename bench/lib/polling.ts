/**
 * The page's polling of a running backup, in Chromium against the local host, with the page's
 * timers on Playwright's clock so minutes pass in seconds. The backup's progress is frozen, so
 * every read is "nothing changed". Chromium's headless tabs are always visible: the page is
 * told it is hidden the way a browser tells it (`document.visibilityState` + `visibilitychange`).
 */
import type { Browser, Page, Request } from 'playwright-core';
import { TIME_ZONE, VIEWPORT, appPageUrl } from './pageLoad';

export interface PollingReadings {
  /** Reads in the first minute after the first one, while visible and nothing changes. */
  visibleMinute: number;
  /** Reads during two minutes hidden. */
  hiddenTwoMinutes: number;
  /** Reads within a second of becoming visible again. */
  onVisible: number;
}

const STEP_MS = 250;

const isInvoke = (request: Request) => new URL(request.url()).pathname === '/api/invoke';

/**
 * A page in a context of its own whose clock the bench moves, counting the app's invokes as they
 * go out (`invokes.sent`); `settled()` waits until every one sent has had its answer.
 */
export async function countingPage(browser: Browser) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'en-US',
    timezoneId: TIME_ZONE,
  });
  try {
    await context.clock.install();
    const page = await context.newPage();
    const invokes = { sent: 0, inFlight: 0 };
    page.on('request', (request) => {
      if (!isInvoke(request)) return;
      invokes.sent += 1;
      invokes.inFlight += 1;
    });
    const settle = (request: Request) => {
      if (isInvoke(request)) invokes.inFlight -= 1;
    };
    page.on('requestfinished', settle);
    page.on('requestfailed', settle);
    const settled = async () => {
      while (invokes.inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    };
    return { context, page, invokes, settled };
  } catch (error) {
    await context.close();
    throw error;
  }
}

export async function measurePolling(browser: Browser, hostUrl: string): Promise<PollingReadings> {
  const { context, page, invokes, settled } = await countingPage(browser);
  try {
    await page.goto(appPageUrl(hostUrl));
    await page.getByRole('progressbar').first().waitFor({ timeout: 30_000 });
    await context.clock.pauseAt(Date.now() + 500);

    /** Moves the page's clock on, letting each read it starts finish before going further. */
    const pass = async (ms: number) => {
      for (let passed = 0; passed < ms; passed += STEP_MS) {
        const before = invokes.sent;
        await context.clock.runFor(STEP_MS);
        if (invokes.sent === before) continue;
        await settled();
        // The reply's handling (and the next timer) runs after the response event.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const counted = async (ms: number) => {
      const before = invokes.sent;
      await pass(ms);
      return invokes.sent - before;
    };

    const visibleMinute = await counted(60_000);
    await setHidden(page, true);
    const hiddenTwoMinutes = await counted(120_000);
    const beforeVisible = invokes.sent;
    await setHidden(page, false);
    await pass(1_000);
    const onVisible = invokes.sent - beforeVisible;
    return { visibleMinute, hiddenTwoMinutes, onVisible };
  } finally {
    await context.close();
  }
}

export async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((hide) => {
    if (hide) {
      Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
      Object.defineProperty(document, 'hidden', { configurable: true, value: true });
    } else {
      delete (document as unknown as Record<string, unknown>).visibilityState;
      delete (document as unknown as Record<string, unknown>).hidden;
    }
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

/** Reads a page without backoff would make in a minute: one every 3 s. */
export const FIXED_POLLS_PER_MINUTE = 20;
