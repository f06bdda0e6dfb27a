/**
 * A Jira user who is not an admin sees a read-only page; on a site that is not connected yet,
 * the admin sees the first-run setup and connects it, and a member is told to wait for them.
 */
import { type View, connectSite, fact, isoDay, viewName, withViewer } from './appPage';
import { useBrowser, useStack } from './fixture';

jest.setTimeout(60_000);

const VIEWS: View[] = [
  { locale: 'en-US', theme: 'light' },
  { locale: 'en-US', theme: 'dark' },
  { locale: 'pl-PL', theme: 'light' },
  { locale: 'pl-PL', theme: 'dark' },
];

const browser = useBrowser();

describe('a Jira user who is not an admin', () => {
  const stack = useStack();

  it('sees the status and recent jobs, read-only', async () => {
    await withViewer(browser, stack.url, { as: 'member' }, async (member) => {
      const { app } = member;
      await app.getByText('Backups are managed by your Jira administrators.').waitFor();
      expect(await fact(app, 'Spaces in the plan').textContent()).toMatch(
        /^25 of 25 in JiraThe last backup saved \d+ of 25$/,
      );
      expect(await fact(app, 'Status').textContent()).toContain('Succeeded');
      expect(await app.getByRole('table').locator('tbody tr').count()).toBe(10);
      for (const name of ['Edit schedule', 'Backup now', 'More features']) {
        expect(await app.getByRole('button', { name, exact: true }).count()).toBe(0);
      }
      expect(await app.getByRole('tab', { name: 'Settings' }).count()).toBe(0);
      expect(await app.getByText('alex.admin@example.com').count()).toBe(0);
      await member.checkAccessible('the read-only page');
    });
  });

  it('looks right in light and dark, English and Polish', async () => {
    for (const view of VIEWS) {
      await withViewer(browser, stack.url, { ...view, as: 'member' }, async (member) => {
        await member.screenshot(`status-${viewName({ ...view, as: 'member' })}`);
        if (view.theme === 'dark')
          await member.checkAccessible(`the read-only page (${viewName(view)})`);
      });
    }
  });
});

describe('a site that is not connected yet', () => {
  const stack = useStack({ connected: false });

  it('tells a member that an admin has to set it up', async () => {
    await withViewer(browser, stack.url, { as: 'member' }, async (member) => {
      await member.app.getByText('GitProtect.io is not set up yet').waitFor();
      expect(await member.app.getByRole('button', { name: 'Connect' }).count()).toBe(0);
      await member.checkAccessible('the not-set-up page');
      await member.screenshot('setup-member-en-US-light');
    });
  });

  it('shows the admin the first-run setup, in light and dark, English and Polish', async () => {
    for (const view of VIEWS) {
      await withViewer(browser, stack.url, view, async (admin) => {
        await admin.app.getByRole('heading', { level: 2 }).first().waitFor();
        await admin.screenshot(`setup-${viewName(view)}`);
        await admin.checkAccessible(`the first-run setup (${viewName(view)})`);
      });
    }
  });

  it('lets the admin connect the site and then shows its status', async () => {
    await withViewer(browser, stack.url, {}, async (admin) => {
      const { app } = admin;
      await app.getByRole('heading', { name: 'Set up GitProtect.io' }).waitFor();
      await app.getByRole('button', { name: 'Connect' }).click();
      await app.getByText('Fill in this field.').first().waitFor();
      await admin.checkAccessible('the setup form with errors');

      await connectSite(
        admin,
        'ATATT3xFfGF0setupInBrowserTest42',
        isoDay(stack.deps.clock.now(), 180),
      );
      expect(await fact(app, 'Service region').textContent()).toBe('Europe');
      expect(await fact(app, 'Spaces in the plan').textContent()).toMatch(
        /^25 of 25 in Jira(The last backup saved \d+ of 25)?$/,
      );
      const actions = app.getByRole('group', { name: 'Backup actions' }).getByRole('button');
      expect(await actions.allTextContents()).toEqual([
        'Edit schedule',
        'Backup now',
        'More features',
      ]);
      await admin.screenshot('connected-admin-en-US-light');
    });
  });
});
