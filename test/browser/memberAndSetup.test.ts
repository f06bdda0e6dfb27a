/**
 * A Jira user who is not an admin sees a read-only page; on a site that is not connected yet,
 * the admin sees the first-run setup and connects it, and a member is told to wait for them.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { type TestStack, startTestStack } from '../support/localStack';
import {
  type View,
  fact,
  failOnAccessibilityProblems,
  isoDay,
  newViewerContext,
  openApp,
  viewName,
} from './appPage';

jest.setTimeout(60_000);

const VIEWS: View[] = [
  { locale: 'en-US', theme: 'light' },
  { locale: 'en-US', theme: 'dark' },
  { locale: 'pl-PL', theme: 'light' },
  { locale: 'pl-PL', theme: 'dark' },
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});
afterEach(failOnAccessibilityProblems);

describe('a Jira user who is not an admin', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('sees the status and recent jobs, read-only', async () => {
    const context = await newViewerContext(browser);
    try {
      const member = await openApp(context, stack.url, { as: 'member' });
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
    } finally {
      await context.close();
    }
  });

  it('looks right in light and dark, English and Polish', async () => {
    for (const view of VIEWS) {
      const context = await newViewerContext(browser, view);
      try {
        const member = await openApp(context, stack.url, { ...view, as: 'member' });
        await member.screenshot(`status-${viewName({ ...view, as: 'member' })}`);
        if (view.theme === 'dark')
          await member.checkAccessible(`the read-only page (${viewName(view)})`);
      } finally {
        await context.close();
      }
    }
  });
});

describe('a site that is not connected yet', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ connected: false });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('tells a member that an admin has to set it up', async () => {
    const context = await newViewerContext(browser);
    try {
      const member = await openApp(context, stack.url, { as: 'member' });
      await member.app.getByText('GitProtect.io is not set up yet').waitFor();
      expect(await member.app.getByRole('button', { name: 'Connect' }).count()).toBe(0);
      await member.checkAccessible('the not-set-up page');
      await member.screenshot('setup-member-en-US-light');
    } finally {
      await context.close();
    }
  });

  it('shows the admin the first-run setup, in light and dark, English and Polish', async () => {
    for (const view of VIEWS) {
      const context = await newViewerContext(browser, view);
      try {
        const admin = await openApp(context, stack.url, view);
        await admin.app.getByRole('heading', { level: 2 }).first().waitFor();
        await admin.screenshot(`setup-${viewName(view)}`);
        await admin.checkAccessible(`the first-run setup (${viewName(view)})`);
      } finally {
        await context.close();
      }
    }
  });

  it('lets the admin connect the site and then shows its status', async () => {
    const context = await newViewerContext(browser);
    try {
      const admin = await openApp(context, stack.url);
      const { app } = admin;
      await app.getByRole('heading', { name: 'Set up GitProtect.io' }).waitFor();
      await app.getByRole('button', { name: 'Connect' }).click();
      await app.getByText('Fill in this field.').first().waitFor();
      await admin.checkAccessible('the setup form with errors');

      await app.getByLabel('Region').click();
      await app.getByRole('option', { name: 'Europe' }).click();
      await app.getByLabel('Jira account email').fill('alex.admin@example.com');
      await app.getByLabel('API token', { exact: true }).fill('ATATT3xFfGF0setupInBrowserTest42');
      const expiry = app.getByLabel('Token expiry date (optional)');
      await expiry.fill(isoDay(stack.deps.clock.now(), 180));
      // The date picker takes a typed date with Enter, which closes its calendar.
      await expiry.press('Enter');
      await app.getByRole('button', { name: 'Connect' }).click();

      await app.getByRole('heading', { name: 'Backup status' }).waitFor({ timeout: 20_000 });
      await app.getByText('GitProtect.io is connected').waitFor();
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
    } finally {
      await context.close();
    }
  });
});
