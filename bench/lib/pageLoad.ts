/**
 * One cold page load in Chromium: navigation start to the moment the recent-jobs table has all
 * its rows (the frame they are painted in), and how many resolver calls the page made by then.
 */
import type { Browser } from 'playwright-core';

export const VIEWPORT = { width: 1280, height: 900 };
export const TIME_ZONE = 'Europe/Warsaw';

export interface PageLoad {
  /** ms since navigation start (the document's `performance.timeOrigin`). */
  visibleMs: number;
  /** Requests to the local host's `/api/invoke` made before the rows were visible. */
  invokes: number;
  /** When the first `/api/invoke` request started and ended (Resource Timing), if there was one. */
  invoke?: { startMs: number; endMs: number };
}

interface Marks {
  __rowsSeenAt?: number;
  __rowsVisibleAt?: number;
}

/** The real page, as the local host serves it into Jira's frame (opened here on its own). */
export function appPageUrl(hostUrl: string, as: 'admin' | 'member' = 'admin'): string {
  const query = new URLSearchParams({ as, locale: 'en-US', theme: 'light', tz: TIME_ZONE });
  return `${hostUrl}app/index.html?${query.toString()}`;
}

/** A fresh context (cold HTTP cache) per load, so every load fetches everything. */
export async function measurePageLoad(
  browser: Browser,
  url: string,
  rows: number,
): Promise<PageLoad> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'en-US',
    timezoneId: TIME_ZONE,
  });
  try {
    await context.addInitScript((wanted: number) => {
      const marks = window as unknown as Marks;
      const observer = new MutationObserver(() => {
        if (marks.__rowsSeenAt !== undefined) return;
        if (document.querySelectorAll('tbody tr').length < wanted) return;
        marks.__rowsSeenAt = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => {
          marks.__rowsVisibleAt = performance.now();
        });
      });
      observer.observe(document, { childList: true, subtree: true });
    }, rows);
    const page = await context.newPage();
    let invokes = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/invoke') invokes += 1;
    });
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      () => (window as unknown as Marks).__rowsVisibleAt,
      undefined,
      { timeout: 30_000, polling: 'raf' },
    );
    const visibleMs = (await handle.jsonValue()) as number;
    const invoke = await page.evaluate(() => {
      const [entry] = (
        performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      ).filter((resource) => new URL(resource.name).pathname === '/api/invoke');
      return entry && { startMs: entry.startTime, endMs: entry.responseEnd };
    });
    return { visibleMs, invokes, ...(invoke ? { invoke } : {}) };
  } finally {
    await context.close();
  }
}
