/**
 * The app as the `jira:adminPage` Jira's apps manager opens: as "Get started" right after
 * install, on a site that is not connected, it is the first-run setup, and connecting there
 * shows the status; under Jira settings > Apps, on a connected site, the same dashboard as the
 * global page.
 */
import { saveScreenshot } from '../support/browser';
import { connectSite, fact, isoDay, newViewerContext, openApp } from './appPage';
import { useBrowser, useStack } from './fixture';

jest.setTimeout(120_000);

const browser = useBrowser();

describe('Get started, right after install (a site not connected yet)', () => {
  const stack = useStack({ connected: false });

  it('opens the first-run setup, and connecting there shows the status', async () => {
    const context = await newViewerContext(browser);
    try {
      const admin = await openApp(context, stack.url, {}, 'get-started');
      const { page, app } = admin;
      // The shell shows where Jira puts the admin page.
      expect(await page.getByRole('navigation', { name: 'Breadcrumbs' }).textContent()).toContain(
        'Settings',
      );
      await app.getByRole('heading', { name: 'Set up GitProtect.io' }).waitFor();
      await app.getByRole('button', { name: 'Connect' }).waitFor();
      await saveScreenshot(page, 'admin-page-get-started-setup');
      await admin.expectAccessible('the get-started page');

      await connectSite(admin, 'ATATT3xFfGF0getStartedTest42', isoDay(stack.deps.clock.now(), 180));
      expect(await fact(app, 'Service region').textContent()).toBe('Europe');
    } finally {
      await context.close();
    }
  });
});

describe('under Jira settings > Apps (a connected site)', () => {
  const stack = useStack();

  it.each(['admin', 'get-started'] as const)(
    'the %s module shows the same dashboard as the global page',
    async (module) => {
      const context = await newViewerContext(browser);
      try {
        const { page, app } = await openApp(context, stack.url, {}, module);
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
