/**
 * What each backup did, in real Chromium on the local host: a backup in which 3 spaces fail
 * (the emulator's `failingProjects` control) shows in the table as soon as it runs, without
 * the columns moving; its details list the failed spaces with the service's reasons; the
 * history pages back; and the hand-off to the job's logs lands on the local Management Service
 * page, signed in, with that job as the destination. Axe clean; photographed light and dark,
 * desktop and 390 px.
 */
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { emulatorControl, sendControl } from '../../bench/lib/control';
import { saveScreenshot } from '../support/browser';
import { okData } from '../support/localStack';
import {
  type AppPage,
  type View,
  LIGHT_DARK_AND_POLISH_SHOTS,
  eventually,
  fact,
  openViewer,
  shotName,
  withPage,
  withViewer,
} from './appPage';
import { useApp, useBrowser, useStack } from './fixture';

jest.setTimeout(180_000);

const HOUR_MS = 3_600_000;
const FAILING = 3;

const browser = useBrowser();
const stack = useStack();
beforeAll(async () => {
  await emulatorControl(stack.emulatorUrl).setInstance({ failingProjects: FAILING });
});

async function open(view: View = {}, phone = false): Promise<AppPage> {
  const page = await openViewer(browser, stack.url, view, phone);
  await page.app.getByRole('table').waitFor();
  return page;
}

function rows(app: FrameLocator) {
  return app.getByRole('table').locator('tbody tr');
}

async function columnWidths(app: FrameLocator): Promise<number[]> {
  return app
    .getByRole('table')
    .locator('thead th')
    .evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().width)));
}

async function openDetails(app: FrameLocator, row = 0) {
  await rows(app)
    .nth(row)
    .getByRole('button', { name: /^Details of the backup started / })
    .click();
  const dialog = app.getByRole('dialog', { name: /^Backup started / });
  await dialog.waitFor();
  return dialog;
}

describe('a backup in which some spaces fail', () => {
  const admin = useApp(browser, stack);
  beforeAll(async () => {
    await admin.app.getByRole('table').waitFor();
  });
  let jobId: string;

  it('shows in the table as soon as it runs, and the columns do not move', async () => {
    const before = await columnWidths(admin.app);
    await admin.app.getByRole('button', { name: 'Backup now', exact: true }).click();
    const confirm = admin.app.getByRole('dialog', { name: 'Start a backup now?' });
    await confirm.getByRole('button', { name: 'Start backup' }).click();
    await admin.flags.getByText('Backup started').waitFor();
    await rows(admin.app).first().filter({ hasText: 'Running' }).waitFor();
    expect(await rows(admin.app).first().textContent()).toMatch(/so far/);
    expect(await columnWidths(admin.app)).toEqual(before);
    await admin.screenshot('job-running-in-table-admin-en-US-light');

    const overview = okData(await stack.invoke('getOverview'));
    jobId = overview.connected ? (overview.runningJob?.id ?? '') : '';
    expect(jobId).not.toBe('');
    await stack.advanceClock(HOUR_MS);
    await admin.flags
      .getByText(/^Backup finished: Succeeded with warnings$/)
      .waitFor({ timeout: 30_000 });
    await rows(admin.app).first().filter({ hasText: 'Succeeded with warnings' }).waitFor();
    expect(await columnWidths(admin.app)).toEqual(before);
  });

  it('opens its details: the failed spaces first, each with the service’s reason', async () => {
    const dialog = await openDetails(admin.app);
    expect(await fact(dialog, 'Outcome').textContent()).toBe('Succeeded with warnings');
    expect(await fact(dialog, 'Trigger').textContent()).toBe('Alex Admin');
    expect(await fact(dialog, 'Duration').textContent()).toMatch(/^\d+ (sec|min)/);
    expect(await fact(dialog, 'Spaces').textContent()).toBe(
      `22 succeeded, ${FAILING} failed, of 25`,
    );
    expect(await dialog.getByRole('checkbox', { name: 'Failed only' }).isChecked()).toBe(true);
    const failed = dialog
      .getByRole('list', { name: 'Spaces in this backup' })
      .getByRole('listitem');
    await eventually('the failed spaces', async () => (await failed.count()) === FAILING);
    for (const text of await failed.allTextContents()) {
      expect(text).toMatch(/Failed/);
      // The reason the service gave, not the page's fallback.
      expect(text).not.toContain('GitProtect gave no reason.');
    }
    expect(await dialog.getByText(`${FAILING} of ${FAILING} shown`).isVisible()).toBe(true);
    await admin.checkAccessible('the details of a partly failed backup');
    await admin.screenshot('job-details-admin-en-US-light');

    // Every space: 25, one page.
    await dialog.getByRole('checkbox', { name: 'Failed only' }).uncheck();
    await dialog.getByText('25 of 25 shown').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('hands off to its logs: the local Management Service page, signed in, that job shown', async () => {
    const dialog = await openDetails(admin.app);
    const popup = admin.page.context().waitForEvent('page', { timeout: 15_000 });
    await dialog
      .getByRole('button', { name: 'Open this job’s logs in GitProtect', exact: true })
      .click();
    const tab: Page = await popup;
    await tab.waitForLoadState('domcontentloaded');
    expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Signed in to GitProtect as Alex Admin',
    );
    const text = (await tab.locator('main').textContent()) ?? '';
    expect(text).toContain('Destination: Logs of the backup');
    expect(text).toContain(`(job ${jobId})`);
    await saveScreenshot(tab, 'job-details-hand-off-logs');
    await tab.close();
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('pages the history back with "Show older backups"', async () => {
    const shown = await rows(admin.app).count();
    expect(shown).toBe(10);
    const older = admin.app.getByRole('button', { name: 'Show older backups' });
    await older.click();
    await eventually('older backups', async () => (await rows(admin.app).count()) > shown);
    const starts = await rows(admin.app).locator('td:nth-child(2)').allTextContents();
    expect(new Set(starts).size).toBe(starts.length);
    const listed = admin.app.getByText(`Backups listed: ${starts.length}`);
    await listed.waitFor();
    await listed.scrollIntoViewIfNeeded();
    await admin.checkAccessible('the history, paged back');
    await admin.screenshot('job-history-older-admin-en-US-light');
  });

  it('a member pages the history too, with no details to open', async () => {
    await withPage(open({ as: 'member' }), async (member) => {
      expect(await rows(member.app).getByRole('button').count()).toBe(0);
      await member.app.getByRole('button', { name: 'Show older backups' }).click();
      await eventually('older backups', async () => (await rows(member.app).count()) > 10);
      const text = (await (await member.frame()).locator('body').textContent()) ?? '';
      expect(text).not.toContain('Alex Admin');
      await member.checkAccessible('the history, paged back (member)');
    });
  });

  it('looks right light and dark, desktop and 390 px', async () => {
    for (const { view, phone } of LIGHT_DARK_AND_POLISH_SHOTS) {
      await withPage(open(view, phone), async (page) => {
        const name = shotName({ view, phone });
        await page.app.getByRole('table').scrollIntoViewIfNeeded();
        await page.screenshot(`job-table-${name}`);
        const button = rows(page.app).first().getByRole('button');
        await button.click();
        const dialog = page.app.getByRole('dialog');
        await dialog.getByRole('list').waitFor();
        await page.screenshot(`job-details-${name}`);
        if (view.theme === 'dark') await page.checkAccessible(`the job details (${name})`);
      });
    }
  });
});

describe('the notification settings hand-off', () => {
  let context: BrowserContext;
  afterAll(async () => {
    await context?.close();
  });

  it('Settings > Set up emails in GitProtect lands signed in at the notification settings', async () => {
    const admin = await open();
    context = admin.page.context();
    await admin.app.getByRole('tab', { name: 'Settings' }).click();
    const section = admin.app.getByRole('region', { name: 'Email when a backup fails' });
    const popup = context.waitForEvent('page', { timeout: 15_000 });
    await section.getByRole('button', { name: 'Set up emails in GitProtect' }).click();
    const tab = await popup;
    await tab.waitForLoadState('domcontentloaded');
    expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Signed in to GitProtect as Alex Admin',
    );
    expect(await tab.locator('main').textContent()).toContain('Destination: Notification settings');
    await admin.checkAccessible('the notification settings hand-off');
    await admin.screenshot('settings-notifications-admin-en-US-light');
    await tab.close();
  });
});

describe('a backup running for days, after the local clock moved on', () => {
  const days = useStack();

  it('counts its "so far" from the backend’s clock, not the browser’s', async () => {
    // Each space now takes 6 hours: a backup started now is still running 4 days later.
    const reply = await sendControl(days.emulatorUrl, 'POST', 'instance', {
      projectDurationMs: 6 * HOUR_MS,
    });
    expect(reply.ok).toBe(true);
    okData(await days.invoke('startBackup'));
    await days.advanceClock(4 * 24 * HOUR_MS);
    await withViewer(browser, days.url, {}, async (admin) => {
      const running = rows(admin.app).filter({ hasText: 'Running' }).first();
      await running.waitFor();
      expect(await running.locator('td').nth(2).textContent()).toMatch(/^9[67] hr so far$/);
    });
  });
});
