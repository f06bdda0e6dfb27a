/**
 * The deterministic performance figures of `npm run bench` (timings stay in the bench: machines
 * are noisy): the page's first-load weight against the baseline page, one resolver call before
 * the status shows, what waits for the status's first paint, and a trigger run whose upstream
 * cost does not grow with the site.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { BUILD_DIR } from '../../dev/host/pageBuild';
import { emulatorControl } from '../../bench/lib/control';
import { appPageUrl, measurePageLoad } from '../../bench/lib/pageLoad';
import { buildBaselinePage, firstLoad } from '../../bench/lib/pageSize';
import { staleRunCost, triggerRunCost } from '../../bench/lib/triggerCalls';
import { launchBrowser } from '../support/browser';
import { type TestStack, okData, startTestStack } from '../support/localStack';

// Real time is the point here (Chromium, the local stack, a Vite build of the baseline page):
// budgets sized for a busy 2-core machine, none of them asserted as a duration.
jest.setTimeout(60_000);
const SETUP_BUDGET_MS = 240_000;

describe('performance budgets', () => {
  let browser: Browser;
  let stack: TestStack;
  const baselineDir = mkdtempSync(join(tmpdir(), 'gitprotect-baseline-'));

  beforeAll(async () => {
    // The stack builds the page first when it is stale, as `npm start` does. Each is kept as
    // soon as it is up, so afterAll closes it even when another part of the setup failed.
    await Promise.all([
      launchBrowser().then((started) => (browser = started)),
      startTestStack().then((started) => (stack = started)),
      buildBaselinePage(baselineDir),
    ]);
  }, SETUP_BUDGET_MS);
  afterAll(async () => {
    await Promise.allSettled([browser?.close(), stack?.stop()]);
    rmSync(baselineDir, { recursive: true, force: true });
  });

  it('loads no more before the first paint than the baseline page does, gzipped', () => {
    const page = firstLoad(BUILD_DIR);
    const baseline = firstLoad(baselineDir);
    expect(baseline.bytes).toBeGreaterThan(100_000);
    expect(page.bytes / baseline.bytes).toBeLessThanOrEqual(1.0);
  });

  it('shows the status after exactly one invoke', async () => {
    const overview = okData(await stack.invoke('getOverview'));
    if (!overview.connected) throw new Error('The stack is not connected.');
    const load = await measurePageLoad(browser, appPageUrl(stack.url), overview.recentJobs.length);
    expect(load.invokes).toBe(1);
  });

  it('starts the getOverview round trip before the UI code has arrived', async () => {
    // index.html's last module script is the UI (React, Atlaskit); the first-read entry precedes it.
    const html = readFileSync(join(BUILD_DIR, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script type="module"[^>]*src="\.\/([^"]+)"/g)];
    const ui = scripts.at(-1)![1]!;
    expect(scripts).toHaveLength(2);

    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      let release = () => undefined as void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let uiHeld = false;
      let invokedWhileHeld = false;
      // Holds the UI code back until the page asks for the overview (or 10 s have passed).
      await page.route(`**/${ui}`, async (route) => {
        uiHeld = true;
        let giveUp: ReturnType<typeof setTimeout> | undefined;
        await Promise.race([
          released,
          new Promise((resolve) => (giveUp = setTimeout(resolve, 10_000))),
        ]);
        clearTimeout(giveUp);
        uiHeld = false;
        await route.continue();
      });
      page.on('request', (request) => {
        if (new URL(request.url()).pathname !== '/api/invoke') return;
        invokedWhileHeld ||= uiHeld;
        release();
      });
      await page.goto(appPageUrl(stack.url));
      await page.waitForFunction(() => document.querySelectorAll('tbody tr').length > 0);
      expect(invokedWhileHeld).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('fetches the jobs table only after the status is on screen', async () => {
    const context = await browser.newContext();
    try {
      // The frame that first shows the verdict and the status, as the bench times it.
      await context.addInitScript(() => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector('[data-verdict]') || !document.querySelector('[data-status]'))
            return;
          observer.disconnect();
          requestAnimationFrame(() => performance.mark('status-frame'));
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      await page.goto(appPageUrl(stack.url));
      await page.waitForFunction(() => document.querySelectorAll('tbody tr').length > 0);
      const { statusFrame, tableRequested } = await page.evaluate(() => ({
        statusFrame: performance.getEntriesByName('status-frame')[0]?.startTime,
        tableRequested: performance
          .getEntriesByType('resource')
          .filter((entry) => /\/assets\/JobsTable-[^/]*\.js$/.test(entry.name))
          .map((entry) => entry.startTime),
      }));
      expect(statusFrame).toBeDefined();
      expect(tableRequested).toHaveLength(1);
      expect(tableRequested[0]).toBeGreaterThan(statusFrame!);
    } finally {
      await context.close();
    }
  });

  it('makes as many upstream calls in a trigger run for 10,000 projects as for 25, and none when fresh', async () => {
    const target = {
      control: emulatorControl(stack.emulatorUrl),
      jira: stack.jira,
      runTrigger: stack.runTrigger,
    };
    await stack.runTrigger();
    const fresh = await triggerRunCost(target);
    const small = await staleRunCost(target, 25);
    const large = await staleRunCost(target, 10_000);

    expect(fresh.total).toBe(0);
    for (const run of [small, large]) {
      expect(run.outcome).toMatchObject({ ran: true, snapshot: 'UPDATED' });
    }
    expect(small).toMatchObject({ service: 3, jira: 1 });
    expect(large.total).toBe(small.total);
    expect(large.byRoute).toEqual(small.byRoute);
  });
});
