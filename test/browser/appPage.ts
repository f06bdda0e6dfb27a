/**
 * The app as an admin sees it: the local host's Jira-like page with the app in its frame.
 * Elements are found by role and accessible name, inside the frame. The frame is served under
 * Forge's Content-Security-Policy, and any violation in it fails the test (see
 * ../support/browser.ts).
 */
import type {
  Browser,
  BrowserContext,
  Frame,
  FrameLocator,
  Locator,
  Page,
  ViewportSize,
} from 'playwright-core';
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
  /** Jira's flag area, in the host's page outside the app's frame, where `showFlag` shows. */
  flags: Locator;
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
  /** The same checks, failing the test at once. */
  expectAccessible(view: string): Promise<void>;
  screenshot(name: string): Promise<void>;
}

const foundProblems: string[] = [];

/** For `afterEach`: fails the test that found serious accessibility violations. */
export function failOnAccessibilityProblems(): void {
  const found = foundProblems.splice(0);
  if (found.length > 0) throw new Error(found.join('\n'));
}

export const VIEWPORT = { width: 1280, height: 900 };
/** A phone's screen, 390 px wide. */
export const PHONE = { width: 390, height: 844 };
/** A fixed zone, so every run shows the same local times whatever the machine's zone. */
export const TIME_ZONE = 'Europe/Warsaw';

/**
 * A browser set up like the viewer's: their language (native controls such as the date picker
 * follow it, not the app's), a fixed zone, and a desktop's screen unless told otherwise.
 */
export function newViewerContext(
  browser: Browser,
  view: View = {},
  viewport: ViewportSize = VIEWPORT,
): Promise<BrowserContext> {
  return browser.newContext({
    viewport,
    locale: view.locale ?? 'en-US',
    timezoneId: TIME_ZONE,
  });
}

/**
 * Opens the app for one viewer in a browser context of its own (`newViewerContext`), on a
 * desktop's screen or a phone's. Closing it is the caller's: `page.page.context().close()`.
 */
export async function openViewer(
  browser: Browser,
  baseUrl: string,
  view: View = {},
  phone = false,
): Promise<AppPage> {
  const context = await newViewerContext(browser, view, phone ? PHONE : VIEWPORT);
  return openApp(context, baseUrl, view);
}

/** Opens the app for one viewer and, from "Spaces in the plan", the spaces view. */
export async function openSpacesView(
  browser: Browser,
  baseUrl: string,
  view: View = {},
  phone = false,
): Promise<AppPage> {
  const admin = await openViewer(browser, baseUrl, view, phone);
  await fact(admin.app, view.locale === 'pl-PL' ? 'Przestrzenie w planie' : 'Spaces in the plan')
    .getByRole('button')
    .click();
  await admin.app.locator('[data-coverage]').first().waitFor({ timeout: 20_000 });
  return admin;
}

/** Opens the app for one viewer, hands it to `use`, and closes its context whatever happens. */
export async function withViewer<T>(
  browser: Browser,
  baseUrl: string,
  view: View,
  use: (page: AppPage) => Promise<T>,
): Promise<T> {
  const context = await newViewerContext(browser, view);
  try {
    return await use(await openApp(context, baseUrl, view));
  } finally {
    await context.close();
  }
}

/** Waits for a page being opened, hands it to `use`, and closes its context whatever happens. */
export async function withPage<T>(
  opening: Promise<AppPage>,
  use: (page: AppPage) => Promise<T>,
): Promise<T> {
  const page = await opening;
  try {
    return await use(page);
  } finally {
    await page.page.context().close();
  }
}

/** A view to photograph, on a desktop's screen or a phone's (`PHONE`). */
export interface Shot {
  view: View;
  phone: boolean;
}

/** Light and dark, desktop and 390 px: the looks a part of the page is photographed in. */
export const LIGHT_AND_DARK_SHOTS: readonly Shot[] = [
  { view: { theme: 'light' }, phone: false },
  { view: { theme: 'dark' }, phone: false },
  { view: { theme: 'light' }, phone: true },
  { view: { theme: 'dark' }, phone: true },
];

/** The same, and the Polish page in light on a desktop. */
export const LIGHT_DARK_AND_POLISH_SHOTS: readonly Shot[] = [
  ...LIGHT_AND_DARK_SHOTS,
  { view: { theme: 'light', locale: 'pl-PL' }, phone: false },
];

export function viewName(view: View): string {
  return `${view.as ?? 'admin'}-${view.locale ?? 'en-US'}-${view.theme ?? 'light'}`;
}

/** A shot's name: its view's, with `-390` on a phone. */
export function shotName({ view, phone }: Shot): string {
  return `${viewName(view)}${phone ? '-390' : ''}`;
}

/**
 * Opens the local host's page with the app in its frame and waits for its first read. `module`:
 * one of the manifest's admin page modules instead of the global page.
 */
export async function openApp(
  context: BrowserContext,
  baseUrl: string,
  view: View = {},
  module?: 'get-started' | 'admin',
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
  if (module) query.set('module', module);
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
  const accessibilityProblems = async (name: string) =>
    [
      await accessibilityProblem(page, `the host page (${name})`),
      await accessibilityProblem(await frame(), name),
    ].filter((problem): problem is string => problem !== null);
  await page.goto(`${baseUrl}?${query.toString()}`);
  await ready();
  return {
    page,
    app,
    flags: flagArea(page),
    frame,
    ready,
    async reload() {
      await page.reload();
      await ready();
    },
    async checkAccessible(name) {
      foundProblems.push(...(await accessibilityProblems(name)));
    },
    async expectAccessible(name) {
      const [problem] = await accessibilityProblems(name);
      if (problem) throw new Error(problem);
    },
    async screenshot(name) {
      await saveScreenshot(page, name);
    },
  };
}

/** The host page's flag area: the flags the app showed through `showFlag`. */
export function flagArea(page: Page): Locator {
  return page.getByRole('region', { name: /^(Flag notifications|Powiadomienia)$/ });
}

/**
 * Fills the first-run setup (Europe, the seeded admin's email, `token` expiring on `expiryDay`),
 * presses Connect and waits for the status of the connected site.
 */
export async function connectSite(
  { app, flags }: Pick<AppPage, 'app' | 'flags'>,
  token: string,
  expiryDay: string,
): Promise<void> {
  await app.getByLabel('Region').click();
  await app.getByRole('option', { name: 'Europe' }).click();
  await app.getByLabel('Jira account email').fill('alex.admin@example.com');
  await app.getByLabel('API token', { exact: true }).fill(token);
  const expiry = app.getByRole('combobox', { name: 'Token expiry date (optional)' });
  await expiry.fill(expiryDay);
  // The date picker takes a typed date with Enter, which closes its calendar.
  await expiry.press('Enter');
  await app.getByRole('button', { name: 'Connect' }).click();

  await app.getByRole('heading', { name: 'Backup status' }).waitFor({ timeout: 20_000 });
  await flags.getByText('GitProtect.io is connected').waitFor();
}

/** The value next to a label in one of the page's fact lists (`<dt>` label, `<dd>` value). */
export function fact(app: Pick<FrameLocator, 'locator'>, label: string) {
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
