/**
 * Every case of issue 26 ("a verdict that is true for every space, and a page that stays true
 * while it is open"), driven on the local stack with the emulator's and the host's controls,
 * checked for its key words and photographed at desktop width and at 390 px, light and dark:
 * test-output/issue-cases/<case>-<desktop|390>-<light|dark>.png. Each shot also fails on a
 * horizontal scroll at 390 px.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { emulatorControl } from '../../bench/lib/control';
import { SCREENSHOT_DIR, settleAnimations } from '../support/browser';
import type { TestStack } from '../support/localStack';
import {
  type AppPage,
  type View,
  connectSite,
  fact,
  isoDay,
  openViewer,
  withPage,
} from './appPage';
import { useBrowser, useStack } from './fixture';

jest.setTimeout(600_000);

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const SHOT_DIR = join(SCREENSHOT_DIR, '..', 'issue-cases');

const browser = useBrowser();

/** What to do on a freshly opened page before it is checked and photographed. */
type Step = (page: AppPage) => Promise<void>;

const SHOTS: { theme: 'light' | 'dark'; phone: boolean }[] = [
  { theme: 'light', phone: false },
  { theme: 'dark', phone: false },
  { theme: 'light', phone: true },
  { theme: 'dark', phone: true },
];

/**
 * Opens the page in each of the four looks, brings it to the case (`show`), checks what the
 * case must say (`check`), that a phone's screen does not scroll sideways, and photographs it.
 */
async function photographCase(
  stack: TestStack,
  name: string,
  show: Step,
  check: Step,
  view: View = {},
): Promise<void> {
  mkdirSync(SHOT_DIR, { recursive: true });
  for (const { theme, phone } of SHOTS) {
    await withPage(openViewer(browser, stack.url, { ...view, theme }, phone), async (page) => {
      await page.app.locator('[data-verdict]').first().waitFor({ timeout: 20_000 });
      await show(page);
      await check(page);
      const frame = await page.frame();
      const sideways = async () =>
        frame.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      if (phone) {
        expect(await sideways()).toBeLessThanOrEqual(0);
        // Nothing the admin presses is cut off at either side of the screen.
        const cut = await frame.evaluate(() =>
          [...document.querySelectorAll('button')]
            .filter((button) => button.getClientRects().length > 0)
            .filter((button) => {
              const box = button.getBoundingClientRect();
              return box.left < 0 || box.right > innerWidth;
            })
            .map((button) => button.textContent),
        );
        expect(cut).toEqual([]);
      }
      for (const each of page.page.frames()) await settleAnimations(each);
      await page.page.screenshot({
        path: join(SHOT_DIR, `${name}-${phone ? '390' : 'desktop'}-${theme}.png`),
        fullPage: true,
      });
      if (theme === 'dark') await page.checkAccessible(`${name} (${theme}, ${phone ? 390 : 1280})`);
    });
  }
}

const nothing: Step = async () => undefined;

function verdict(page: AppPage) {
  return page.app.locator('[data-verdict]');
}

/** Checks the verdict's kind and that its words contain each of `words`. */
function verdictSays(code: string, ...words: (string | RegExp)[]): Step {
  return async (page) => {
    expect(await verdict(page).getAttribute('data-verdict')).toBe(code);
    const text = (await verdict(page).textContent()) ?? '';
    for (const word of words) expect(text).toMatch(word);
  };
}

const openSpaces: Step = async (page) => {
  await fact(page.app, 'Spaces in the plan').getByRole('button').click();
  await page.app.locator('[data-coverage]').first().waitFor({ timeout: 20_000 });
};

const spacesDialog = (page: AppPage) =>
  page.app.getByRole('dialog', { name: 'Spaces and their backups' });

async function hostControl(stack: TestStack, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${stack.url}__control/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
}

describe('a site set up from scratch', () => {
  const stack = useStack({ connected: false });

  it('right after setup, its spaces never backed up, the default plan, a running backup and flags', async () => {
    await withPage(openViewer(browser, stack.url, {}), async (admin) => {
      await connectSite(admin, 'ATATT3xFfGF0issueCasesTest42', isoDay(stack.deps.clock.now(), 180));
    });
    await photographCase(
      stack,
      'right-after-setup',
      nothing,
      verdictSays('SPACES_UNPROTECTED', 'Not every space is protected'),
    );
    await photographCase(stack, 'never-backed-up', openSpaces, async (page) => {
      expect(await spacesDialog(page).getByText('Not backed up yet').count()).toBeGreaterThan(0);
    });
    await photographCase(
      stack,
      'default-schedule-edit',
      async (page) => {
        await page.app.getByRole('button', { name: 'Edit schedule', exact: true }).click();
        await page.app.getByRole('dialog', { name: 'Edit backup schedule' }).waitFor();
      },
      async (page) => {
        // The default plan runs in UTC; the viewer (Europe/Warsaw) also gets their own time.
        expect(await page.app.getByRole('dialog').textContent()).toMatch(
          /2:00 AM UTC \(your time: .*, 3:00 AM GMT\+1\)/,
        );
      },
    );

    // Each space now takes 6 hours: the backup is still running for every shot that follows.
    await emulatorControl(stack.emulatorUrl).setInstance({ projectDurationMs: 6 * HOUR_MS });
    expect((await stack.invoke('startBackup')).ok).toBe(true);
    await photographCase(
      stack,
      'running-backup',
      nothing,
      verdictSays('SPACES_UNPROTECTED', /A backup is running/),
    );
    await photographCase(
      stack,
      'flags-in-shell',
      async (page) => {
        await page.app.getByRole('button', { name: 'Backup now', exact: true }).click();
        await page.flags.getByText(/^A backup is already running/).waitFor();
      },
      async (page) => {
        expect(await page.app.getByText(/^A backup is already running/).count()).toBe(0);
        const box = (await page.flags.locator('.flag').first().boundingBox())!;
        const viewport = page.page.viewportSize()!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      },
    );
  });
});

describe('a site backed up for weeks', () => {
  const stack = useStack();

  it('a token expiring in 5 days; a date refused beside its picker', async () => {
    await hostControl(stack, 'token-expiry', { inDays: 5 });
    await photographCase(
      stack,
      'token-expiring',
      nothing,
      verdictSays('TOKEN_EXPIRING', 'The Jira API token expires soon', /in 5 days/),
    );
    await photographCase(
      stack,
      'date-error-with-picker',
      async (page) => {
        await page.app.getByRole('tab', { name: 'Settings' }).click();
        await page.app
          .getByLabel('API token', { exact: true })
          .fill('ATATT3xFfGF0issueCasesBrowserTest42x');
        const date = page.app.getByRole('combobox', { name: 'Token expiry date (optional)' });
        await date.click();
        await date.pressSequentially('1/1/2020');
        await date.press('Enter');
        await page.app.getByRole('button', { name: 'Save token' }).click();
        await page.app.getByText('This date has passed, so the token has expired.').waitFor();
        // Where the admin is looking: the field back in focus, mid-screen.
        await (
          await page.frame()
        ).evaluate(() => document.activeElement?.scrollIntoView({ block: 'center' }));
      },
      async (page) => {
        const frame = await page.frame();
        expect(await frame.evaluate(() => document.activeElement?.id)).toBe('settings-expiresOn');
        expect(await page.app.locator('[role="grid"]').count()).toBe(0);
      },
    );
    await hostControl(stack, 'token-expiry', { inDays: 180 });
  });

  it('hidden and left-out spaces: the verdict and the spaces view', async () => {
    await emulatorControl(stack.emulatorUrl).setInstance({
      hiddenProjects: 3,
      excludedProjects: 2,
    });
    await stack.runTrigger();
    await photographCase(
      stack,
      'hidden-excluded',
      nothing,
      verdictSays('SPACES_UNPROTECTED', 'Not every space is protected'),
    );
    await photographCase(stack, 'hidden-excluded-spaces', openSpaces, async (page) => {
      await spacesDialog(page).getByText('3 spaces are not backed up').waitFor();
      await spacesDialog(page).getByText('2 spaces are not in the backup plan').waitFor();
    });
    await emulatorControl(stack.emulatorUrl).setInstance({
      hiddenProjects: 0,
      excludedProjects: 0,
    });
  });

  it('a partly failed backup: its verdict, and its details with grouped reasons and Restore', async () => {
    await emulatorControl(stack.emulatorUrl).setInstance({ failingProjects: 9 });
    expect((await stack.invoke('startBackup')).ok).toBe(true);
    await stack.advanceClock(HOUR_MS);
    await stack.runTrigger();
    await photographCase(
      stack,
      'partial-failure',
      nothing,
      verdictSays('LAST_BACKUP_PARTIAL', 'Some spaces were not backed up'),
    );
    await photographCase(
      stack,
      'partial-failure-details',
      async (page) => {
        await verdict(page).getByRole('button', { name: 'Show the backup’s details' }).click();
        const dialog = page.app.getByRole('dialog', { name: /^Backup started / });
        await dialog.getByText('9 of 9 shown').waitFor({ timeout: 20_000 });
        await dialog.getByRole('checkbox', { name: 'Failed only' }).uncheck();
        await dialog.getByText('25 of 25 shown').waitFor();
        await dialog.getByRole('button', { name: 'Show the 4 spaces' }).first().click();
      },
      async (page) => {
        const dialog = page.app.getByRole('dialog', { name: /^Backup started / });
        // The emulator's three reasons take turns over the 9 failing spaces: 4, 4 and 1. Each
        // is said once; each saved space keeps its own Restore.
        expect(await dialog.getByText('4 spaces', { exact: true }).count()).toBe(2);
        expect(await dialog.getByRole('button', { name: /^Restore in GitProtect: / }).count()).toBe(
          16,
        );
        expect(await dialog.getByRole('button', { name: /^Restore in GitProtect: / }).count()).toBe(
          16,
        );
      },
    );
    await emulatorControl(stack.emulatorUrl).setInstance({ failingProjects: 0 });
  });

  it('an expired token, with the Backup now dialog', async () => {
    await hostControl(stack, 'token-expiry', { inDays: -1 });
    await stack.runTrigger();
    await photographCase(
      stack,
      'token-expired-backup-now',
      async (page) => {
        await page.app.getByRole('button', { name: 'Backup now', exact: true }).click();
        await page.app.getByRole('dialog', { name: 'Start a backup now?' }).waitFor();
      },
      async (page) => {
        expect(await verdict(page).textContent()).toContain('The Jira API token has expired');
        await page.app
          .getByRole('dialog')
          .getByRole('button', { name: 'Start anyway (it will fail)' })
          .waitFor();
      },
    );
  });
});

describe('a site whose backups stopped succeeding', () => {
  const stack = useStack();

  it('overdue (every space failing, 4 days on), then the session revoked (6 days on), and the reconnect step', async () => {
    await emulatorControl(stack.emulatorUrl).setInstance({ failingProjects: 25 });
    await stack.advanceClock(4 * DAY_MS);
    await stack.runTrigger();
    // Failing backups are the root cause; that they are overdue waits under it, with the
    // last success named.
    await photographCase(
      stack,
      'backups-overdue',
      async (page) => {
        await verdict(page)
          .getByRole('button', { name: /more things? needs? attention$/ })
          .click();
      },
      async (page) => {
        await verdictSays(
          'LAST_BACKUP_FAILED',
          'Backups are failing',
          /The last successful backup finished .* \(\d+ days ago\)/,
        )(page);
        await verdict(page).getByText('Backups are overdue').waitFor();
      },
    );

    await stack.setFault('revokeSession');
    await stack.advanceClock(2 * DAY_MS);
    await stack.runTrigger();
    await photographCase(
      stack,
      'session-revoked',
      nothing,
      verdictSays('CONNECTION_LOST', 'The connection to GitProtect was lost'),
    );
    await photographCase(
      stack,
      'reconnect-step',
      async (page) => {
        await verdict(page).getByRole('button', { name: 'Reconnect' }).click();
        await page.app.getByRole('tab', { name: 'Settings', selected: true }).waitFor();
      },
      async (page) => {
        const frame = await page.frame();
        await page.app.getByRole('button', { name: 'Disconnect' }).waitFor();
        expect(await frame.evaluate(() => document.activeElement?.textContent)).toBe('Disconnect');
      },
    );
  });
});
