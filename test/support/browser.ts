/**
 * Real Chromium for the browser tests, driven by playwright-core. A browser that cannot start
 * fails the test with the reason: browser tests are never skipped.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AxeResults, ImpactValue, Result } from 'axe-core';
import { type Browser, type Frame, type Page, chromium } from 'playwright-core';

/** Our own flags only: @sparticuz/chromium's defaults turn off web security and site isolation. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const REPO_ROOT = join(__dirname, '..', '..');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-output', 'screenshots');

async function chromiumExecutable(): Promise<string> {
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    return await packaged.executablePath();
  } catch (error) {
    throw new Error(
      `No Chromium for the browser tests: ${DEBIAN_CHROMIUM} does not exist and ` +
        `@sparticuz/chromium could not unpack its binary (${reasonOf(error)}). ` +
        'Run `npm install` (it is a devDependency) or `apt-get install chromium`.',
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = await chromiumExecutable();
  try {
    return await chromium.launch({
      executablePath,
      args: CHROMIUM_FLAGS,
      headless: true,
      timeout: 60_000,
    });
  } catch (error) {
    throw new Error(`Chromium (${executablePath}) could not start: ${reasonOf(error)}`);
  }
}

const SERIOUS: ImpactValue[] = ['serious', 'critical'];
let axeSource: string | undefined;

/**
 * Runs axe-core in the page or frame and fails on serious or critical violations, printing each
 * with the elements it found.
 */
export async function expectAccessible(target: Page | Frame, view: string): Promise<void> {
  const problem = await accessibilityProblem(target, view);
  if (problem) throw new Error(problem);
}

/** The serious or critical axe violations of a page or frame, printed; null when there are none. */
export async function accessibilityProblem(
  target: Page | Frame,
  view: string,
): Promise<string | null> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await settleAnimations(target);
  const loaded = await target.evaluate(() => 'axe' in window);
  if (!loaded) await target.evaluate(axeSource);
  // Each document is checked on its own: frames are the caller's to check.
  const results = (await target.evaluate(() =>
    (
      window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }
    ).axe.run(document, { resultTypes: ['violations'], iframes: false }),
  )) as AxeResults;
  const serious = results.violations.filter((violation) =>
    SERIOUS.includes(violation.impact ?? 'minor'),
  );
  if (serious.length > 0) {
    const report = serious.map(describeViolation).join('\n');
    console.error(`Accessibility violations in ${view}:\n${report}`);
    return `${serious.length} serious accessibility violation(s) in ${view}:\n${report}`;
  }
  return null;
}

/**
 * Waits for running finite animations (a dialog fading in) to end: half-faded text would be
 * reported as low contrast. Endless ones (spinners) are left running.
 */
export async function settleAnimations(target: Page | Frame): Promise<void> {
  await target.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.race([
      Promise.all(finite.map((animation) => animation.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 3_000)),
    ]);
  });
}

function describeViolation(violation: Result): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map(
      (node) =>
        `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}\n      ${node.html.slice(0, 200)}`,
    )
    .join('\n');
  return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}`;
}

/** Saves a full-page screenshot under the git-ignored test-output/screenshots/. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  for (const frame of page.frames()) await settleAnimations(frame);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
