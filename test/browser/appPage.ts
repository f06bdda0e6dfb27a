/**
 * The app as an admin sees it: the local host's Jira-like page with the app in its frame.
 * Elements are found by role and accessible name, inside the frame. The frame is served under
 * Forge's Content-Security-Policy, and any violation in it fails the test (see
 * ../support/browser.ts).
 */
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { accessibilityProblem, saveScreenshot, watchPolicyViolations } from '../support/browser';

export interface View {
  as?: 'admin' | 'member';
  locale?: 'en-US' | 'pl-PL';
  theme?: 'light' | 'dark';
}

export interface AppPage {
  page: Page;
  /** The app's frame, for locators. */
  app: FrameLocator;
  /** The app's frame, for evaluation and axe. */
  frame(): Promise<Frame>;
  /** Waits until the first read is on screen (no busy spinner left). */
  ready(): Promise<void>;
  reload(): Promise<void>;
  /**
   * Runs axe on the shell and in the app frame. Serious or critical violations fail the test at
   * its end (`failOnAccessibilityProblems`), so the rest of the flow is still exercised.
   */
  checkAccessible(view: string): Promise<void>;
  screenshot(name: string): Promise<void>;
}

const accessibilityProblems: string[] = [];

/** For `afterEach`: fails the test that found serious accessibility violations. */
export function failOnAccessibilityProblems(): void {
  const found = accessibilityProblems.splice(0);
  if (found.length > 0) throw new Error(found.join('\n'));
}

export const VIEWPORT = { width: 1280, height: 900 };
/** A fixed zone, so every run shows the same local times whatever the machine's zone. */
export const TIME_ZONE = 'Europe/Warsaw';

/**
 * A browser set up like the viewer's: their language (native controls such as the date picker
 * follow it, not the app's) and a fixed zone.
 */
export function newViewerContext(browser: Browser, view: View = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: VIEWPORT,
    locale: view.locale ?? 'en-US',
    timezoneId: TIME_ZONE,
  });
}

export function viewName(view: View): string {
  return `${view.as ?? 'admin'}-${view.locale ?? 'en-US'}-${view.theme ?? 'light'}`;
}

export async function openApp(
  context: BrowserContext,
  baseUrl: string,
  view: View = {},
): Promise<AppPage> {
  // Already done for contexts of `launchBrowser`'s browser; this covers any other context.
  await watchPolicyViolations(context);
  const page = await context.newPage();
  const query = new URLSearchParams({
    as: view.as ?? 'admin',
    locale: view.locale ?? 'en-US',
    theme: view.theme ?? 'light',
    tz: TIME_ZONE,
  });
  const app = page.frameLocator('#app-frame');
  const frame = async () => {
    const handle = await page.locator('#app-frame').elementHandle();
    const content = await handle?.contentFrame();
    if (!content) throw new Error('The app frame is missing.');
    return content;
  };
  const ready = async () => {
    await app.getByRole('heading', { level: 1 }).waitFor({ timeout: 20_000 });
    await app.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 20_000 });
  };
  await page.goto(`${baseUrl}?${query.toString()}`);
  await ready();
  return {
    page,
    app,
    frame,
    ready,
    async reload() {
      await page.reload();
      await ready();
    },
    async checkAccessible(name) {
      for (const problem of [
        await accessibilityProblem(page, `the host page (${name})`),
        await accessibilityProblem(await frame(), name),
      ]) {
        if (problem) accessibilityProblems.push(problem);
      }
    },
    async screenshot(name) {
      await saveScreenshot(page, name);
    },
  };
}

/** The value next to a label in one of the page's fact lists (`<dt>` label, `<dd>` value). */
export function fact(app: FrameLocator, label: string) {
  return app.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
}

/** The relative luminance (0 dark .. 1 light) of the app's page background. */
export async function backgroundLuminance(frame: Frame): Promise<number> {
  const color = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r = 255, g = 255, b = 255] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function eventually(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function isoDay(from: Date, plusDays: number): string {
  return new Date(from.getTime() + plusDays * 86_400_000).toISOString().slice(0, 10);
}
