/**
 * Every flow a Jira admin goes through, in real Chromium against the local stack: the status,
 * the schedule (and a conflict), Backup now, More features, the service going down, and an
 * expired token replaced from Settings. Runs in order on one stack: later flows build on the
 * state earlier ones leave (the last one moves the clock 200 days on).
 */
import { appState } from '../../src/app/state';
import { okData } from '../support/localStack';
import {
  type View,
  backgroundLuminance,
  eventually,
  fact,
  isoDay,
  viewName,
  withViewer,
} from './appPage';
import { useApp, useBrowser, useStack } from './fixture';

jest.setTimeout(60_000);

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const browser = useBrowser();
const stack = useStack();

describe('the admin in the browser', () => {
  const admin = useApp(browser, stack);

  // A flow that failed half-way must not leave a dialog over the next one.
  afterEach(async () => {
    if ((await admin.app.getByRole('dialog').count()) > 0) await admin.reload();
  });

  const dialogNamed = (name: string) => admin.app.getByRole('dialog', { name });
  const button = (name: string) => admin.app.getByRole('button', { name, exact: true });

  it('shows the status: secured projects, regions, status, next backup and recent jobs', async () => {
    const { app } = admin;
    await expect(app.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'GitProtect.io for Jira',
    );
    const actions = app.getByRole('group', { name: 'Backup actions' }).getByRole('button');
    expect(await actions.allTextContents()).toEqual([
      'Edit schedule',
      'Backup now',
      'More features',
    ]);
    expect(await fact(app, 'Spaces in the plan').textContent()).toMatch(
      /^25 of 25 in JiraThe last backup saved \d+ of 25$/,
    );
    expect(await fact(app, 'Service region').textContent()).toBe('Europe');
    expect(await fact(app, 'Storage region').textContent()).toBe(
      'Europe, Frankfurt (eu-central-1)',
    );
    expect(await fact(app, 'Status').textContent()).toContain('Succeeded');
    expect(await fact(app, 'Next backup').textContent()).toMatch(/2:00\s?AM/);
    // Chromium writes a narrow no-break space before AM: \s matches it.
    expect(await fact(app, 'Schedule').textContent()).toMatch(
      /^Mon, Tue, Wed, Thu, and Fri at 2:00\sAM \(Europe\/Warsaw\)$/,
    );

    const jobs = app.getByRole('table');
    const rows = jobs.locator('tbody tr');
    expect(await rows.count()).toBe(10);
    const partial = rows.filter({ hasText: 'Succeeded with warnings' });
    expect(await partial.count()).toBe(1);
    expect(await partial.locator('td').allTextContents()).toEqual([
      'Succeeded with warnings',
      expect.any(String),
      expect.any(String),
      '22',
      '3',
      'Schedule',
    ]);
    expect(await rows.filter({ hasText: 'Alex Admin' }).count()).toBe(1);
    await admin.checkAccessible('the status (English, light)');
  });

  it('looks right in light and dark, English and Polish', async () => {
    const views: View[] = [
      { locale: 'en-US', theme: 'light' },
      { locale: 'en-US', theme: 'dark' },
      { locale: 'pl-PL', theme: 'light' },
      { locale: 'pl-PL', theme: 'dark' },
    ];
    const luminance: Record<string, number> = {};
    for (const view of views) {
      await withViewer(browser, stack.url, view, async (page) => {
        const frame = await page.frame();
        expect(await frame.evaluate(() => document.documentElement.dataset.colorMode)).toBe(
          view.theme,
        );
        luminance[viewName(view)] = await backgroundLuminance(frame);
        const editLabel = view.locale === 'pl-PL' ? 'Edytuj harmonogram' : 'Edit schedule';
        expect(await page.app.getByRole('button', { name: editLabel, exact: true }).count()).toBe(
          1,
        );
        await page.screenshot(`status-${viewName(view)}`);
        if (view.theme === 'dark' || view.locale === 'pl-PL') {
          await page.checkAccessible(`the status (${viewName(view)})`);
        }
      });
    }
    expect(luminance['admin-en-US-light']).toBeGreaterThan(0.8);
    expect(luminance['admin-en-US-dark']).toBeLessThan(0.1);
    expect(luminance['admin-pl-PL-dark']).toBeLessThan(0.1);
  });

  it('edits the schedule, saves it, and finds it kept after a reload', async () => {
    await button('Edit schedule').click();
    const dialog = dialogNamed('Edit backup schedule');
    await dialog.waitFor();
    await admin.checkAccessible('the schedule dialog');
    await admin.screenshot('edit-schedule-admin-en-US-light');
    await dialog.getByLabel('Saturday').check();
    await dialog.getByLabel('Hour').click();
    await dialog.getByRole('option', { name: /^5:00\sAM$/ }).click();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await admin.flags.getByText(/^Schedule saved\. Next backup: /).waitFor();
    const saved = /^Mon, Tue, Wed, Thu, Fri, and Sat at 5:00\sAM \(Europe\/Warsaw\)$/;
    expect(await fact(admin.app, 'Schedule').textContent()).toMatch(saved);

    await admin.reload();
    expect(await fact(admin.app, 'Schedule').textContent()).toMatch(saved);
    const overview = okData(await stack.invoke('getOverview'));
    expect(overview.connected && overview.schedule).toMatchObject({
      days: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'],
      hour: 5,
      timezone: 'Europe/Warsaw',
    });
  });

  it('shows a conflict when the schedule changed while the dialog was open', async () => {
    await button('Edit schedule').click();
    const dialog = dialogNamed('Edit backup schedule');
    await dialog.waitFor();

    const overview = okData(await stack.invoke('getOverview'));
    if (!overview.connected) throw new Error('expected a connected site');
    okData(
      await stack.invoke('saveSchedule', {
        days: ['MON'],
        hour: 4,
        timezone: 'Europe/Warsaw',
        version: overview.scheduleVersion,
      }),
    );

    await dialog.getByLabel('Saturday').uncheck();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.getByText('Someone else changed the schedule').waitFor();
    expect(
      await dialog.getByText(/was changed to: Mon at 4:00\sAM \(Europe\/Warsaw\)/).count(),
    ).toBe(1);
    await admin.checkAccessible('the schedule conflict');
    await admin.screenshot('edit-schedule-conflict-admin-en-US-light');

    await dialog.getByRole('button', { name: 'Edit the current schedule' }).click();
    expect(await dialog.getByLabel('Monday').isChecked()).toBe(true);
    expect(await dialog.getByLabel('Tuesday').isChecked()).toBe(false);
    await dialog.getByLabel('Wednesday').check();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await fact(admin.app, 'Schedule').textContent()).toMatch(
      /^Mon and Wed at 4:00\sAM \(Europe\/Warsaw\)$/,
    );
  });

  it('starts a backup now and watches it finish', async () => {
    await button('Backup now').click();
    const dialog = dialogNamed('Start a backup now?');
    await dialog.waitFor();
    await admin.checkAccessible('the Backup now dialog');
    await dialog.getByRole('button', { name: 'Start backup' }).click();
    await dialog.waitFor({ state: 'detached' });
    await admin.flags.getByText('Backup started').waitFor();
    expect(await fact(admin.app, 'Status').textContent()).toContain('Running');
    await admin.screenshot('backup-running-admin-en-US-light');

    // Each project takes 400 ms of emulator time: an hour later the job is long done.
    await stack.advanceClock(HOUR_MS);
    await admin.flags.getByText(/^Backup finished: Succeeded$/).waitFor({ timeout: 20_000 });
    expect(await fact(admin.app, 'Status').textContent()).toContain('Succeeded');
    const newest = admin.app.getByRole('table').locator('tbody tr').first();
    expect(await newest.locator('td').last().textContent()).toBe('Alex Admin');
  });

  it('More features asks first, and Continue opens the sign-in link in a new tab', async () => {
    await button('More features').click();
    let dialog = dialogNamed('More features');
    await dialog.waitFor();
    await admin.checkAccessible('the More features dialog');
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).first().click();
    await dialog.waitFor({ state: 'detached' });

    await button('More features').click();
    dialog = dialogNamed('More features');
    const popup = admin.page.context().waitForEvent('page', { timeout: 15_000 });
    await dialog.getByRole('button', { name: 'Continue', exact: true }).click();
    const tab = await popup;
    // The link is https on the instance's host; the local host's bridge opens it at the
    // emulator's Management Service page for that host (test/browser/handOff.test.ts has more).
    await tab.getByRole('heading', { name: 'Signed in to GitProtect as Alex Admin' }).waitFor();
    const connection = await appState(stack.deps.store).connection();
    expect(new URL(tab.url()).pathname).toMatch(
      new RegExp(`^/management/${connection?.managementHost ?? '-'}/sso/[A-Za-z0-9_-]+$`),
    );
    await tab.close();
    await dialog.waitFor({ state: 'detached' });
  });

  it('shows the last snapshot while the service is down, and recovers once it is back', async () => {
    await stack.setFault('error500');
    try {
      await admin.reload();
      const stale = admin.app.getByText('Showing saved data');
      await stale.waitFor();
      expect(await admin.app.getByText(/this is the backup status as of \d/).count()).toBe(1);
      expect(await fact(admin.app, 'Spaces in the plan').textContent()).toMatch(
        /^25 of 25 in JiraThe last backup saved \d+ of 25$/,
      );
      await admin.checkAccessible('the stale snapshot');
      await admin.screenshot('service-down-admin-en-US-light');
    } finally {
      await stack.clearFault();
    }
    await admin.app.getByRole('button', { name: 'Retry' }).click();
    await admin.app.getByText('Showing saved data').waitFor({ state: 'detached' });
  });

  it('alerts on an expired token and leads to Settings, where the new token shows masked', async () => {
    await stack.advanceClock(202 * DAY_MS);
    expect(await stack.runTrigger()).toMatchObject({
      ran: true,
      alerts: expect.arrayContaining(['TOKEN_EXPIRED']),
    });
    await admin.reload();
    const alert = admin.app.getByText('The Jira API token has expired');
    await alert.waitFor();
    await admin.checkAccessible('the expired-token alert');
    await admin.screenshot('token-expired-admin-en-US-light');

    await admin.app
      .locator('section', { hasText: 'The Jira API token has expired' })
      .getByRole('button', { name: 'Update token' })
      .click();
    await admin.app.getByRole('tab', { name: 'Settings', selected: true }).waitFor();
    const tokenField = admin.app.getByLabel('API token', { exact: true });
    await eventually('the token field to have focus', () =>
      tokenField.evaluate((input) => input === document.activeElement),
    );
    await admin.checkAccessible('Settings');
    await admin.screenshot('settings-admin-en-US-light');

    const newToken = 'ATATT3xFfGF0browserTestToken9wxyz';
    expect(await admin.app.getByLabel('Jira account email').inputValue()).toBe(
      'alex.admin@example.com',
    );
    await tokenField.fill(newToken);
    await admin.app
      .getByRole('combobox', { name: 'Token expiry date (optional)' })
      .fill(isoDay(stack.deps.clock.now(), 100));
    await admin.app.getByRole('button', { name: 'Save token' }).click();
    await admin.app.getByText('Token updated. GitProtect uses it from now on.').waitFor();
    expect(await fact(admin.app, 'API token').textContent()).toBe('•••• wxyz');
    expect(await tokenField.inputValue()).toBe('');
    expect(await (await admin.frame()).content()).not.toContain(newToken);
    await eventually('the expired-token alert to go', async () => (await alert.count()) === 0);
    await admin.screenshot('settings-token-updated-admin-en-US-light');
  });

  it('shows Settings in Polish and in dark mode too', async () => {
    for (const view of [
      { locale: 'pl-PL', theme: 'light' },
      { locale: 'en-US', theme: 'dark' },
      { locale: 'pl-PL', theme: 'dark' },
    ] as const) {
      await withViewer(browser, stack.url, view, async (page) => {
        await page.app
          .getByRole('tab', { name: view.locale === 'pl-PL' ? 'Ustawienia' : 'Settings' })
          .click();
        await page.app.locator('#settings-token').waitFor();
        await page.screenshot(`settings-${viewName(view)}`);
        await page.checkAccessible(`Settings (${viewName(view)})`);
      });
    }
  });
});
