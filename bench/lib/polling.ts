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

export async function measurePolling(browser: Browser, hostUrl: string): Promise<PollingReadings> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'en-US',
    timezoneId: TIME_ZONE,
  });
  try {
    await context.clock.install();
    const page = await context.newPage();
    let reads = 0;
    let inFlight = 0;
    page.on('request', (request) => {
      if (!isInvoke(request)) return;
      reads += 1;
      inFlight += 1;
    });
    const settled = (request: Request) => {
      if (isInvoke(request)) inFlight -= 1;
    };
    page.on('requestfinished', settled);
    page.on('requestfailed', settled);

    await page.goto(appPageUrl(hostUrl));
    await page.getByRole('progressbar').first().waitFor({ timeout: 30_000 });
    await context.clock.pauseAt(Date.now() + 500);

    /** Moves the page's clock on, letting each read it starts finish before going further. */
    const pass = async (ms: number) => {
      for (let passed = 0; passed < ms; passed += STEP_MS) {
        const before = reads;
        await context.clock.runFor(STEP_MS);
        if (reads === before) continue;
        while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 5));
        // The reply's handling (and the next timer) runs after the response event.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const counted = async (ms: number) => {
      const before = reads;
      await pass(ms);
      return reads - before;
    };

    const visibleMinute = await counted(60_000);
    await setHidden(page, true);
    const hiddenTwoMinutes = await counted(120_000);
    const beforeVisible = reads;
    await setHidden(page, false);
    await pass(1_000);
    const onVisible = reads - beforeVisible;
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
