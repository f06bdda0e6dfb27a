/**
 * The one health verdict in real Chromium on the local host, driven into each state with the
 * emulator's and the host's controls: healthy; backups failing (every space fails); overdue (the
 * clock moves on while a backup never finishes); the token expired (the clock passes its date);
 * the connection lost (the service forgets the site). Each state is checked for an admin and a
 * member: one verdict, its primary action (none for a member), facts that agree, no admin
 * instructions for members, axe clean; and photographed light and dark, desktop and 390 px.
 */
import type { AlertCode } from '../../src/contract';
import { emulatorControl } from '../../bench/lib/control';
import type { TestStack } from '../support/localStack';
import {
  type AppPage,
  type Shot,
  type View,
  LIGHT_AND_DARK_SHOTS,
  fact,
  openViewer,
  shotName,
  viewName,
  withPage,
} from './appPage';
import { useBrowser, useStack } from './fixture';

jest.setTimeout(180_000);

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** What a member must never be told to do: each is an admin's fix. */
const ADMIN_FIXES = [
  'Update token',
  'Reconnect',
  'Start a backup',
  'Open the logs in the Management Service',
  'Backup now',
];

const browser = useBrowser();

/**
 * The next backup as the page words it, whatever the time of day the suite runs: a run an hour
 * away reads "in 1 hour", one due within the minute "in a moment".
 */
const UPCOMING = /^in (\d+ (minutes?|hours?|days)|a moment)/;

interface Expected {
  verdict: AlertCode | 'PROTECTED';
  title: string;
  /** The verdict's one button for an admin; none when Jira is protected. */
  action: string | null;
  /** Words that must be in the Status and Next backup facts. */
  status: RegExp;
  next: RegExp;
  /** Words of the member's verdict. */
  member: RegExp;
}

/** Opens the page for one viewer, waits for the verdict and checks there is exactly one. */
async function open(stack: TestStack, view: View, phone = false): Promise<AppPage> {
  const page = await openViewer(browser, stack.url, view, phone);
  await page.app.locator('[data-verdict]').first().waitFor();
  expect(await page.app.locator('[data-verdict]').count()).toBe(1);
  return page;
}

async function verdictButtons(page: AppPage): Promise<string[]> {
  // Its fixes: not the button that discloses the other causes.
  return page.app.locator('[data-verdict] button:not([aria-expanded])').allTextContents();
}

/** Every check of one state, for an admin and a member, with its screenshots. */
async function checkState(stack: TestStack, name: string, expected: Expected): Promise<void> {
  await withPage(open(stack, {}), async (admin) => {
    const verdict = admin.app.locator('[data-verdict]');
    expect(await verdict.getAttribute('data-verdict')).toBe(expected.verdict);
    expect(await verdict.textContent()).toContain(expected.title);
    expect(await verdictButtons(admin)).toEqual(expected.action ? [expected.action] : []);
    expect(await fact(admin.app, 'Status').textContent()).toMatch(expected.status);
    expect(await fact(admin.app, 'Next backup').textContent()).toMatch(expected.next);
    // No second banner beside the verdict: the page's only section messages are inside it.
    expect(await admin.app.locator('section').filter({ hasText: expected.title }).count()).toBe(1);
    await admin.checkAccessible(`the ${name} verdict (admin)`);
  });

  await withPage(open(stack, { as: 'member' }), async (member) => {
    const verdict = member.app.locator('[data-verdict]');
    expect(await verdict.getAttribute('data-verdict')).toBe(expected.verdict);
    expect(await verdict.textContent()).toMatch(expected.member);
    expect(await verdictButtons(member)).toEqual([]);
    const text = (await (await member.frame()).locator('body').textContent()) ?? '';
    for (const words of ADMIN_FIXES) expect(text).not.toContain(words);
    expect(text).not.toContain('alex.admin@example.com');
    expect(await fact(member.app, 'Status').textContent()).toMatch(expected.status);
    expect(await fact(member.app, 'Next backup').textContent()).toMatch(expected.next);
    await member.checkAccessible(`the ${name} verdict (member)`);
  });

  await photograph(stack, name);
}

/** Light and dark, desktop and 390 px, for an admin; and a member on a phone, light. */
async function photograph(stack: TestStack, name: string): Promise<void> {
  const shots: Shot[] = [
    ...LIGHT_AND_DARK_SHOTS,
    { view: { as: 'member', theme: 'light' }, phone: true },
    { view: { as: 'member', theme: 'dark' }, phone: false },
  ];
  for (const { view, phone } of shots) {
    await withPage(open(stack, view, phone), async (page) => {
      await page.screenshot(`verdict-${name}-${shotName({ view, phone })}`);
      if (view.theme === 'dark') await page.checkAccessible(`${name} (${viewName(view)})`);
    });
  }
}

describe('a healthy site, then one whose connection is lost', () => {
  const stack = useStack();

  it('healthy: a calm "Jira is protected" line with the last and next backup', async () => {
    await checkState(stack, 'healthy', {
      verdict: 'PROTECTED',
      title: 'Jira is protected',
      action: null,
      status: /Succeeded/,
      next: UPCOMING,
      member: /^Jira is protected.*Last backup .* ago, next in /,
    });
  });

  it('connection lost: Reconnect; the last status read, and that the app cannot see on', async () => {
    await stack.setFault('forgetInstance');
    await checkState(stack, 'connection-lost', {
      verdict: 'CONNECTION_LOST',
      title: 'The connection to GitProtect was lost',
      action: 'Reconnect',
      status: /^Succeeded.*GitProtect may still run scheduled ones/,
      next: /^Not known until the site is reconnected$/,
      member: /Ask a Jira administrator to reconnect the site\./,
    });
    await withPage(open(stack, {}), async (admin) => {
      await admin.app.locator('[data-verdict]').getByRole('button', { name: 'Reconnect' }).click();
      await admin.app.getByRole('tab', { name: 'Settings', selected: true }).waitFor();
      await admin.app.getByRole('button', { name: 'Disconnect' }).waitFor();
    });
  });
});

describe('backups failing', () => {
  const stack = useStack();

  it('every space fails: the logs, not another run; the facts say what the last run saved', async () => {
    await emulatorControl(stack.emulatorUrl).setInstance({ failingProjects: 25 });
    const started = await stack.invoke('startBackup');
    expect(started.ok).toBe(true);
    await stack.advanceClock(HOUR_MS);
    await checkState(stack, 'failing', {
      verdict: 'LAST_BACKUP_FAILED',
      title: 'Backups are failing',
      action: 'Open the logs in the Management Service',
      status: /^Failed/,
      next: UPCOMING,
      member: /Ask a Jira administrator to find out why\./,
    });
    await withPage(open(stack, {}), async (admin) => {
      expect(await fact(admin.app, 'Spaces in the plan').textContent()).toBe(
        '25 of 25 in JiraThe last backup saved 0 of 25',
      );
      await admin.app
        .locator('[data-verdict]')
        .getByRole('button', { name: 'Open the logs in the Management Service' })
        .click();
      await admin.app.getByRole('dialog', { name: 'More features' }).waitFor();
    });
  });
});

describe('backups overdue', () => {
  const stack = useStack();

  it('five days on with a backup that never finishes: overdue, and the logs say why', async () => {
    // Each space now takes 6 hours: the next scheduled backup runs for days, the ones after it
    // are skipped while it runs, and no backup succeeds.
    await emulatorControl(stack.emulatorUrl).setInstance({ projectDurationMs: 6 * HOUR_MS });
    await stack.advanceClock(5 * DAY_MS);
    await checkState(stack, 'overdue', {
      verdict: 'BACKUP_OVERDUE',
      title: 'Backups are overdue',
      action: 'Open the logs in the Management Service',
      status: /^Running/,
      next: UPCOMING,
      member:
        /none has succeeded since .*, and the one running has not finished\. Ask a Jira administrator to find out why\./,
    });
  });
});

describe('the Jira API token expired', () => {
  const stack = useStack();

  it('past its date: Update token, Status paused, no date for the next backup', async () => {
    await stack.advanceClock(202 * DAY_MS);
    await stack.runTrigger();
    await checkState(stack, 'token-expired', {
      verdict: 'TOKEN_EXPIRED',
      title: 'The Jira API token has expired',
      action: 'Update token',
      status: /^Paused.*until the Jira API token is replaced/,
      next: /^Paused until the token is replaced$/,
      member: /Ask a Jira administrator to update it\./,
    });
    await withPage(open(stack, {}), async (admin) => {
      // The causes it explains wait below it, collapsed, not as banners of their own.
      const others = admin.app.locator('[data-verdict] button[aria-expanded]');
      expect(await others.count()).toBe(1);
      expect(await others.getAttribute('aria-expanded')).toBe('false');
      expect(await admin.app.getByText('Backups are failing').isVisible()).toBe(false);
      await others.click();
      await admin.app.getByText('Backups are failing').waitFor();
      await admin.screenshot('verdict-token-expired-admin-en-US-light-others-open');
      await admin.checkAccessible('the expired token with the other causes open');
    });
    await withPage(open(stack, { locale: 'pl-PL' }), async (polish) => {
      expect(await polish.app.locator('[data-verdict]').textContent()).toContain(
        'Token API Jiry wygasł',
      );
      expect(await fact(polish.app, 'Następna kopia').textContent()).toBe(
        'Wstrzymana do wymiany tokenu',
      );
      await polish.screenshot('verdict-token-expired-admin-pl-PL-light');
    });
  });
});
