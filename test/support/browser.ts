/**
 * Real Chromium for the browser tests, driven by playwright-core. A browser that cannot start
 * fails the test with the reason: browser tests are never skipped.
 *
 * Every page of a browser from `launchBrowser` reports Content-Security-Policy violations (the
 * local host serves the app under the policy Forge computes for it). Under jest, importing this
 * module is enough for a violation to fail the test it happened in (or the file, when it happens
 * outside a test): `afterEach`/`afterAll` hooks are registered below, so no test can forget them.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AxeResults, ImpactValue, Result } from 'axe-core';
import {
  type Browser,
  type BrowserContext,
  type Frame,
  type Page,
  chromium,
} from 'playwright-core';

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
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath,
      args: CHROMIUM_FLAGS,
      headless: true,
      timeout: 60_000,
    });
  } catch (error) {
    throw new Error(`Chromium (${executablePath}) could not start: ${reasonOf(error)}`);
  }
  // `browser.newPage()` creates its context through `newContext` too, so every page is watched.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await watchPolicyViolations(context);
    return context;
  };
  return browser;
}

/** One `securitypolicyviolation` event, as the document that broke the policy saw it. */
export interface PolicyViolation {
  /** The directive that blocked it, e.g. `script-src-elem`, `connect-src`. */
  directive: string;
  /** What was blocked: a URL, or `inline` / `eval`. */
  blockedUri: string;
  documentUri: string;
  /** Where the offending code is, `file:line:column`, when the browser knows. */
  source: string;
  /** The first characters of an inline script or handler, when the browser gives them. */
  sample: string;
  disposition: string;
  /** The jest test running when it was reported. */
  test?: string;
}

const VIOLATION_BINDING = '__gitprotectPolicyViolation';
const violations: PolicyViolation[] = [];
const watched = new WeakSet<BrowserContext>();

/**
 * Reports each violation in every frame of the context's pages to this process, where it is
 * kept for `failOnPolicyViolations`. A binding rather than an array in the page: it survives
 * reloads and navigation, and the page cannot be closed before it is read.
 */
export async function watchPolicyViolations(context: BrowserContext): Promise<void> {
  if (watched.has(context)) return;
  watched.add(context);
  await context.exposeBinding(VIOLATION_BINDING, (_source, reported: PolicyViolation) => {
    const test = typeof expect === 'function' ? expect.getState().currentTestName : undefined;
    const violation = { ...reported, ...(test ? { test } : {}) };
    violations.push(violation);
    if (!underJest) console.warn(describePolicyViolation(violation));
  });
  // Runs in the browser, in every frame, before any of the page's own scripts.
  await context.addInitScript((binding: string) => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as Record<string, (violation: object) => void>)[binding];
        if (typeof report !== 'function') return;
        report({
          directive: event.effectiveDirective,
          blockedUri: event.blockedURI,
          documentUri: event.documentURI,
          source: event.sourceFile
            ? event.sourceFile + ':' + event.lineNumber + ':' + event.columnNumber
            : '',
          sample: event.sample,
          disposition: event.disposition,
        });
      },
      true,
    );
  }, VIOLATION_BINDING);
}

/** The violations reported so far and not yet taken. */
export function policyViolations(): readonly PolicyViolation[] {
  return violations;
}

/** Throws when violations were reported since the last call (and forgets them either way). */
export function failOnPolicyViolations(): void {
  const found = violations.splice(0);
  if (found.length === 0) return;
  throw new Error(
    `${found.length} Content-Security-Policy violation(s): the page does something Forge's ` +
      `policy blocks.\n${found.map(describePolicyViolation).join('\n')}`,
  );
}

export function describePolicyViolation(violation: PolicyViolation): string {
  const where = violation.source ? ` at ${violation.source}` : '';
  const sample = violation.sample ? ` (${JSON.stringify(violation.sample)})` : '';
  const during = violation.test ? ` during "${violation.test}"` : '';
  return (
    `  ${violation.directive} blocked ${violation.blockedUri || '(nothing named)'}${sample}` +
    ` in ${violation.documentUri}${where}${during}`
  );
}

const underJest = typeof afterEach === 'function' && typeof afterAll === 'function';
if (underJest) {
  afterEach(failOnPolicyViolations);
  afterAll(failOnPolicyViolations);
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
