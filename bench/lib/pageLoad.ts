/**
 * One cold page load in Chromium: navigation start to the frame in which the status is first
 * painted (every element the caller names is there: for the page, its health verdict
 * `[data-verdict]` and its status panel `[data-status]`; for the baseline, its status line), and
 * to the frame that shows every row of the recent-jobs table; and how many resolver calls the
 * page made by then.
 */
import type { Browser } from 'playwright-core';

export const VIEWPORT = { width: 1280, height: 900 };
export const TIME_ZONE = 'Europe/Warsaw';
/** What the admin comes to see first: the verdict and the status beside it. */
export const PAGE_STATUS = ['[data-verdict]', '[data-status]'];
export const BASELINE_STATUS = ['[data-status]'];

export interface PageLoad {
  /** ms since navigation start (the document's `performance.timeOrigin`) to the status's frame. */
  statusMs: number;
  /** ms since navigation start to the frame that shows all the table's rows. */
  rowsMs: number;
  /** Requests to the local host's `/api/invoke` made before both were visible. */
  invokes: number;
  /** When the first `/api/invoke` request started and ended (Resource Timing), if there was one. */
  invoke?: { startMs: number; endMs: number };
}

interface Marks {
  __statusVisibleAt?: number;
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
  status: string[] = PAGE_STATUS,
): Promise<PageLoad> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'en-US',
    timezoneId: TIME_ZONE,
  });
  try {
    // Each mark is the frame after the DOM change that shows the thing: the first paint with it.
    await context.addInitScript(
      ({ wanted, status }: { wanted: number; status: string[] }) => {
        const marks = window as unknown as Marks;
        const observer = new MutationObserver(() => {
          if (
            marks.__statusVisibleAt === undefined &&
            status.every((selector) => document.querySelector(selector))
          ) {
            marks.__statusVisibleAt = -1;
            requestAnimationFrame(() => {
              marks.__statusVisibleAt = performance.now();
            });
          }
          if (marks.__rowsVisibleAt === undefined) {
            if (document.querySelectorAll('tbody tr').length < wanted) return;
            marks.__rowsVisibleAt = -1;
            observer.disconnect();
            requestAnimationFrame(() => {
              marks.__rowsVisibleAt = performance.now();
            });
          }
        });
        observer.observe(document, { childList: true, subtree: true });
      },
      { wanted: rows, status },
    );
    const page = await context.newPage();
    let invokes = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/invoke') invokes += 1;
    });
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      () => {
        const { __statusVisibleAt: status, __rowsVisibleAt: rows } = window as unknown as Marks;
        return status !== undefined && status >= 0 && rows !== undefined && rows >= 0
          ? { status, rows }
          : undefined;
      },
      undefined,
      { timeout: 30_000, polling: 'raf' },
    );
    const visible = (await handle.jsonValue()) as { status: number; rows: number };
    const invoke = await page.evaluate(() => {
      const [entry] = (
        performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      ).filter((resource) => new URL(resource.name).pathname === '/api/invoke');
      return entry && { startMs: entry.startTime, endMs: entry.responseEnd };
    });
    return {
      statusMs: visible.status,
      rowsMs: visible.rows,
      invokes,
      ...(invoke ? { invoke } : {}),
    };
  } finally {
    await context.close();
  }
}
