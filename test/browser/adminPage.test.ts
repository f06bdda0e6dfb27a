/**
 * The app as the `jira:adminPage` Jira's apps manager opens: as "Get started" right after
 * install, an onboarding view (what the app does and needs, the steps with their state, the
 * setup form while the site is not connected, a way to the main page); under Jira settings >
 * Apps, on a connected site, the same dashboard as the global page.
 */
import type { FrameLocator } from 'playwright-core';
import { saveScreenshot } from '../support/browser';
import { type View, PHONE, VIEWPORT, fact, isoDay, newViewerContext, openApp } from './appPage';
import { useBrowser, useStack } from './fixture';

jest.setTimeout(120_000);

const browser = useBrowser();

function stepStates(app: FrameLocator): Promise<(string | null)[]> {
  return app
    .getByRole('list', { name: 'Steps' })
    .locator('[data-step]')
    .evaluateAll((steps) => steps.map((step) => step.getAttribute('data-state')));
}

describe('Get started, right after install (a site not connected yet)', () => {
  const stack = useStack({ connected: false });

  it('says what the app does and needs and the steps to do; connecting there marks the first done', async () => {
    const context = await newViewerContext(browser);
    try {
      const admin = await openApp(context, stack.url, {}, 'get-started');
      const { page, app } = admin;
      // The shell shows where Jira puts the admin page.
      expect(await page.getByRole('navigation', { name: 'Breadcrumbs' }).textContent()).toContain(
        'Settings',
      );
      await app.getByRole('heading', { name: 'Get started with GitProtect.io' }).waitFor();
      await app.getByRole('heading', { name: 'What you need' }).waitFor();
      expect(
        await app
          .getByRole('link', { name: 'Create an API token at Atlassian' })
          .getAttribute('href'),
      ).toBe('https://id.atlassian.com/manage-profile/security/api-tokens');
      expect(await stepStates(app)).toEqual(['todo', 'todo', 'todo']);
      await app.getByRole('heading', { name: 'Set up GitProtect.io' }).waitFor();
      await saveScreenshot(page, 'get-started-before-connecting-en-US-light');
      await admin.expectAccessible('the get-started page, before connecting');

      await app.getByLabel('Region').click();
      await app.getByRole('option', { name: 'Europe' }).click();
      await app.getByLabel('Jira account email').fill('alex.admin@example.com');
      await app.getByLabel('API token', { exact: true }).fill('ATATT3xFfGF0getStartedTest42');
      const expiry = app.getByLabel('Token expiry date (optional)');
      await expiry.fill(isoDay(stack.deps.clock.now(), 180));
      await expiry.press('Enter');
      await app.getByRole('button', { name: 'Connect' }).click();

      await app.locator('[data-step="connect"][data-state="done"]').waitFor({ timeout: 20_000 });
      expect(await app.locator('[data-step="connect"]').textContent()).toContain(
        'Connected in Europe with the account alex.admin@example.com.',
      );
      expect(await stepStates(app)).toEqual(['done', 'todo', 'todo']);
      expect(await app.getByRole('heading', { name: 'Set up GitProtect.io' }).count()).toBe(0);
      await saveScreenshot(page, 'get-started-connected-en-US-light');
      await admin.expectAccessible('the get-started page, connected');

      // The way on is the app's main page, in the same tab: the global page's status.
      await app.getByRole('button', { name: 'Open GitProtect.io' }).click();
      await app.getByRole('heading', { name: 'Backup status' }).waitFor({ timeout: 20_000 });
      expect(new URL(page.url()).searchParams.get('module')).toBeNull();
      expect(
        await page.getByRole('navigation', { name: 'Breadcrumbs' }).textContent(),
      ).not.toContain('Settings');
    } finally {
      await context.close();
    }
  });

  it('looks right in dark, in Polish and on a phone (connected by the test before)', async () => {
    const views: [View, boolean, string][] = [
      [{ theme: 'dark' }, false, 'en-US-dark'],
      [{ locale: 'pl-PL' }, false, 'pl-PL-light'],
      [{ theme: 'dark' }, true, 'en-US-dark-390px'],
    ];
    for (const [view, phone, name] of views) {
      const context = await newViewerContext(browser, view, phone ? PHONE : VIEWPORT);
      try {
        const admin = await openApp(context, stack.url, view, 'get-started');
        await admin.app.locator('[data-step="everySpace"]').waitFor();
        await saveScreenshot(admin.page, `get-started-${name}`);
        await admin.expectAccessible(`the get-started page (${name})`);
      } finally {
        await context.close();
      }
    }
  });
});

describe('a connected site', () => {
  const stack = useStack();

  it('Get started, every step done: says so, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const context = await newViewerContext(browser);
      try {
        const admin = await openApp(context, stack.url, { theme }, 'get-started');
        const { app, page } = admin;
        await app.getByText('You are all set').waitFor();
        expect(await stepStates(app)).toEqual(['done', 'done', 'done']);
        expect(await app.locator('[data-step="everySpace"]').textContent()).toContain(
          'All 25 spaces are protected.',
        );
        await saveScreenshot(page, `get-started-all-done-en-US-${theme}`);
        await admin.expectAccessible(`the get-started page, all done (${theme})`);
      } finally {
        await context.close();
      }
    }
  });

  it('the admin module shows the same dashboard as the global page', async () => {
    const context = await newViewerContext(browser);
    try {
      const { page, app } = await openApp(context, stack.url, {}, 'admin');
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
      await saveScreenshot(page, 'admin-page-connected');
    } finally {
      await context.close();
    }
  });
});
