/**
 * A page left open around a scheduled backup, in real Chromium on the local host: the app's and
 * the emulator's clock are moved to just before the plan's next run, four pages are opened
 * (light and dark, desktop and 390 px), and without a reload each shows the scheduled backup
 * running and then finished, within 2 minutes of its time; the next backup never reads "ago".
 */
import type { ConnectedOverview } from '../../src/contract';
import { emulatorControl } from '../../bench/lib/control';
import { okData } from '../support/localStack';
import { type AppPage, LIGHT_AND_DARK_SHOTS, fact, openViewer, shotName } from './appPage';
import { useBrowser, useStack } from './fixture';

jest.setTimeout(180_000);

/** How long before the run the pages open: time enough to open four on a busy machine. */
const LEAD_MS = 15_000;
/** What the issue asks: a backup the schedule starts shows on an open page within this. */
const WITHIN_MS = 2 * 60_000;

const browser = useBrowser();
const stack = useStack();

async function overview(): Promise<ConnectedOverview> {
  const read = okData(await stack.invoke('getOverview'));
  if (!read.connected) throw new Error('The stack is not connected.');
  return read;
}

/** The app's clock now, as the backend says it. */
async function appNow(): Promise<number> {
  return Date.parse((await overview()).health.checkedAt);
}

const verdictText = async (page: AppPage) =>
  (await page.app.locator('[data-verdict]').textContent()) ?? '';

it('shows a scheduled backup start and finish on pages left open, without a reload', async () => {
  // Each space takes 0.6 s: the backup runs 15 s, long enough to be seen running.
  await emulatorControl(stack.emulatorUrl).setInstance({ projectDurationMs: 600 });
  const before = await overview();
  const due = Date.parse(before.nextBackupAt ?? '');
  expect(before.runningJob).toBeNull();
  await stack.advanceClock(due - (await appNow()) - LEAD_MS);

  const pages = await Promise.all(
    LIGHT_AND_DARK_SHOTS.map(async (shot) => ({
      shot,
      page: await openViewer(browser, stack.url, shot.view, shot.phone),
      navigations: 0,
      idleReads: 0,
    })),
  );
  try {
    for (const open of pages) {
      open.page.page.on('framenavigated', () => (open.navigations += 1));
      open.page.page.on('request', (request) => {
        if (request.url().endsWith('/api/invoke') && request.postData()?.includes('"idle":true'))
          open.idleReads += 1;
      });
      expect(await fact(open.page.app, 'Next backup').textContent()).toMatch(
        /^in (a moment|\d+ seconds)/,
      );
      expect(await verdictText(open.page)).toMatch(/^Jira is protected.*, next in /);
    }
    await pages[0]!.page.screenshot(`open-page-before-run-${shotName(pages[0]!.shot)}`);

    await Promise.all(
      pages.map(async ({ page, shot }) => {
        await page.app
          .locator('[data-verdict]')
          .getByText(/^A backup is running/)
          .waitFor({ timeout: 45_000 });
        expect(await fact(page.app, 'Status').textContent()).toMatch(/^Running/);
        expect(await verdictText(page)).not.toMatch(/ago\./);
        await page.screenshot(`open-page-running-${shotName(shot)}`);
      }),
    );
    const runningSeenAt = await appNow();
    expect(runningSeenAt - due).toBeLessThan(WITHIN_MS);

    await Promise.all(
      pages.map(async ({ page, shot }) => {
        await page.flags.getByText('Backup finished: Succeeded').waitFor({ timeout: 60_000 });
        expect(await fact(page.app, 'Status').textContent()).toMatch(/^Succeeded/);
        expect(await verdictText(page)).toMatch(
          /^Jira is protected.*Last backup just now, next in /,
        );
        expect(await fact(page.app, 'Next backup').textContent()).not.toContain('ago');
        await page.screenshot(`open-page-finished-${shotName(shot)}`);
      }),
    );
    expect((await appNow()) - due).toBeLessThan(WITHIN_MS);
    const after = await overview();
    expect(after.lastBackup).toMatchObject({
      startedAt: new Date(due).toISOString(),
      outcome: 'SUCCEEDED',
      trigger: { kind: 'SCHEDULE' },
    });
    for (const open of pages) {
      // The pages were not reloaded: they read the run with the quiet idle read at its time.
      expect(open.navigations).toBe(0);
      expect(open.idleReads).toBeGreaterThanOrEqual(1);
    }
  } finally {
    await Promise.allSettled(pages.map(({ page }) => page.page.context().close()));
  }
});
