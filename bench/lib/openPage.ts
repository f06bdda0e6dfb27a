/**
 * What a page left open costs while nothing runs, in Chromium against the local host: invokes
 * per minute and calls to the Management Service per minute, over a 10-minute window of a
 * visible tab, a hidden one, and one around a scheduled backup. The page's timers run on
 * Playwright's clock and the app's and emulator's clock is moved with it, second by second, so
 * ten minutes pass in seconds. The baseline is the simple way to keep a page current: a live
 * getOverview once a minute, over the same window of the same stack.
 */
import type { Browser } from 'playwright-core';
import { emulatorControl } from './control';
import { appPageUrl } from './pageLoad';
import { countingPage, setHidden } from './polling';

export const WINDOW_MINUTES = 10;
const STEP_MS = 1_000;
/** Where the scheduled run falls in the window around it. */
const RUN_AT_MS = 5 * 60_000;

export interface OpenPageCost {
  /** getOverview invokes per minute, the page's first read left out. */
  invokesPerMinute: number;
  /** Contract requests the Management Service received per minute. */
  serviceCallsPerMinute: number;
}

export interface AroundRunCost extends OpenPageCost {
  /** Seconds of the app's time from the run's start to the page showing it running. */
  runningShownAfterS: number | null;
  /** The same to the page showing it finished. */
  finishedShownAfterS: number | null;
}

type Scenario = 'visible' | 'hidden' | 'aroundRun';

/** The cost of one open page over the window; `aroundRun` moves the clock to 5 min before a run. */
export async function measureOpenPage(
  browser: Browser,
  stack: { url: string; emulatorUrl: string },
  scenario: Scenario,
  nextRunAt: () => Promise<number>,
): Promise<AroundRunCost & { onVisible: number }> {
  const control = emulatorControl(stack.emulatorUrl);
  if (scenario === 'aroundRun') {
    await control.advance((await nextRunAt()) - (await control.now()) - RUN_AT_MS);
  }
  const { context, page, invokes, settled } = await countingPage(browser);
  try {
    await page.goto(appPageUrl(stack.url));
    await page.locator('[data-verdict]').waitFor({ timeout: 30_000 });
    await settled();
    await context.clock.pauseAt(Date.now() + 500);
    if (scenario === 'hidden') await setHidden(page, true);
    const due = scenario === 'aroundRun' ? await nextRunAt() : null;
    const firstReads = invokes.sent;
    await control.resetStats();

    let runningShownAt: number | null = null;
    let finishedShownAt: number | null = null;
    const status = page.locator('[data-status]').first();
    for (let passed = 0; passed < WINDOW_MINUTES * 60_000; passed += STEP_MS) {
      const before = invokes.sent;
      await Promise.all([context.clock.runFor(STEP_MS), control.advance(STEP_MS)]);
      if (invokes.sent !== before) {
        await settled();
        // The reply's handling (and the next timer) runs after the response event.
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (due !== null && (runningShownAt === null || finishedShownAt === null)) {
          const shown = await status.getAttribute('data-status');
          const now = await control.now();
          if (runningShownAt === null && shown === 'RUNNING') runningShownAt = now;
          if (runningShownAt !== null && finishedShownAt === null && shown === 'SUCCEEDED')
            finishedShownAt = now;
        }
      }
    }
    const calls = (await control.stats()).requests;
    const windowReads = invokes.sent - firstReads;
    let onVisible = 0;
    if (scenario === 'hidden') {
      const beforeVisible = invokes.sent;
      await setHidden(page, false);
      await context.clock.runFor(1_000);
      await settled();
      onVisible = invokes.sent - beforeVisible;
    }
    const after = (at: number | null) => (at === null || due === null ? null : (at - due) / 1000);
    return {
      invokesPerMinute: windowReads / WINDOW_MINUTES,
      serviceCallsPerMinute: calls / WINDOW_MINUTES,
      runningShownAfterS: after(runningShownAt),
      finishedShownAfterS: after(finishedShownAt),
      onVisible,
    };
  } finally {
    await context.close();
  }
}

/**
 * The baseline: a live getOverview once a minute over the same window (what a page would cost
 * that simply re-read), with the clock moved the same way.
 */
export async function measureLiveEachMinute(stack: {
  url: string;
  emulatorUrl: string;
}): Promise<OpenPageCost> {
  const control = emulatorControl(stack.emulatorUrl);
  await control.resetStats();
  for (let minute = 0; minute < WINDOW_MINUTES; minute += 1) {
    await control.advance(60_000);
    const response = await fetch(`${stack.url}api/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-local-user': 'admin' },
      body: JSON.stringify({ functionKey: 'getOverview', payload: {} }),
    });
    if (!response.ok) throw new Error(`getOverview answered ${response.status}`);
  }
  return {
    invokesPerMinute: 1,
    serviceCallsPerMinute: (await control.stats()).requests / WINDOW_MINUTES,
  };
}
