/**
 * The app as the `jira:adminPage` Jira's apps manager opens: as "Get started" right after
 * install, on a site that is not connected, it is the first-run setup, and connecting there
 * shows the status; under Jira settings > Apps, on a connected site, the same dashboard as the
 * global page.
 */
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { accessibilityProblem, launchBrowser, saveScreenshot } from '../support/browser';
import { type TestStack, startTestStack } from '../support/localStack';
import { TIME_ZONE, fact, isoDay, newViewerContext } from './appPage';

jest.setTimeout(120_000);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

/** Opens the local host as one of the manifest's admin page modules. */
async function openAdminPage(
  context: BrowserContext,
  stack: TestStack,
  module: 'get-started' | 'admin',
): Promise<{ page: Page; app: FrameLocator }> {
  const page = await context.newPage();
  const query = new URLSearchParams({
    as: 'admin',
    locale: 'en-US',
    theme: 'light',
    tz: TIME_ZONE,
  });
  query.set('module', module);
  await page.goto(`${stack.url}?${query.toString()}`);
  const app = page.frameLocator('#app-frame');
  await app.getByRole('heading', { level: 1 }).waitFor({ timeout: 20_000 });
  await app.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 20_000 });
  return { page, app };
}

async function expectAccessibleApp(page: Page, view: string): Promise<void> {
  const frame = await (await page.locator('#app-frame').elementHandle())?.contentFrame();
  if (!frame) throw new Error('The app frame is missing.');
  for (const problem of [
    await accessibilityProblem(page, `the host page (${view})`),
    await accessibilityProblem(frame, view),
  ]) {
    if (problem) throw new Error(problem);
  }
}

describe('Get started, right after install (a site not connected yet)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ connected: false });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('opens the first-run setup, and connecting there shows the status', async () => {
    const context = await newViewerContext(browser);
    try {
      const { page, app } = await openAdminPage(context, stack, 'get-started');
      // The shell shows where Jira puts the admin page.
      expect(await page.getByRole('navigation', { name: 'Breadcrumbs' }).textContent()).toContain(
        'Settings',
      );
      await app.getByRole('heading', { name: 'Set up GitProtect.io' }).waitFor();
      await app.getByRole('button', { name: 'Connect' }).waitFor();
      await saveScreenshot(page, 'admin-page-get-started-setup');
      await expectAccessibleApp(page, 'the get-started page');

      await app.getByLabel('Region').click();
      await app.getByRole('option', { name: 'Europe' }).click();
      await app.getByLabel('Jira account email').fill('alex.admin@example.com');
      await app.getByLabel('API token', { exact: true }).fill('ATATT3xFfGF0getStartedTest42');
      const expiry = app.getByLabel('Token expiry date (optional)');
      await expiry.fill(isoDay(stack.deps.clock.now(), 180));
      await expiry.press('Enter');
      await app.getByRole('button', { name: 'Connect' }).click();

      await app.getByRole('heading', { name: 'Backup status' }).waitFor({ timeout: 20_000 });
      await app.getByText('GitProtect.io is connected').waitFor();
      expect(await fact(app, 'Service region').textContent()).toBe('Europe');
    } finally {
      await context.close();
    }
  });
});

describe('under Jira settings > Apps (a connected site)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it.each(['admin', 'get-started'] as const)(
    'the %s module shows the same dashboard as the global page',
    async (module) => {
      const context = await newViewerContext(browser);
      try {
        const { page, app } = await openAdminPage(context, stack, module);
        await app.getByRole('heading', { name: 'Backup status' }).waitFor();
        expect(await app.getByRole('heading', { name: 'Set up GitProtect.io' }).count()).toBe(0);
        const actions = app.getByRole('group', { name: 'Backup actions' }).getByRole('button');
        expect(await actions.allTextContents()).toEqual([
          'Edit schedule',
          'Backup now',
          'More features',
        ]);
        expect(await fact(app, 'Spaces in the plan').textContent()).toMatch(/^25 of 25 in Jira/);
        await app.getByRole('tab', { name: 'Settings' }).waitFor();
        if (module === 'admin') await saveScreenshot(page, 'admin-page-connected');
      } finally {
        await context.close();
      }
    },
  );
});
