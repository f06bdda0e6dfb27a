/**
 * Every space of the site, on the local host: "Spaces in the plan" opens the coverage view; the
 * spaces the backup account cannot browse (the emulator's hiddenProjects) are named, with the
 * permission to grant; the list pages on; a protected space hands off to restoring it, signed in
 * on the local Management Service page. Axe clean, photographed light and dark, desktop and
 * 390 px, English and Polish.
 */
import { SEEDED_EMAIL } from '../../dev/host';
import { emulatorControl } from '../../bench/lib/control';
import {
  type AppPage,
  type View,
  LIGHT_DARK_AND_POLISH_SHOTS,
  openSpacesView,
  shotName,
  withPage,
} from './appPage';
import { useBrowser, useStack } from './fixture';

jest.setTimeout(180_000);

/** More than one page of 50, so the view pages on. */
const SPACES = 60;

const browser = useBrowser();
const stack = useStack({ projects: SPACES });
beforeAll(async () => {
  await emulatorControl(stack.emulatorUrl).setInstance({ hiddenProjects: 3, excludedProjects: 2 });
});

const openCoverage = (view: View = {}, phone = false): Promise<AppPage> =>
  openSpacesView(browser, stack.url, view, phone);

describe('every space, protected or why not', () => {
  it('names the spaces the backup account cannot see, with the fix, and pages on', async () => {
    await withPage(openCoverage(), async (admin) => {
      const { app } = admin;
      const dialog = app.getByRole('dialog', { name: 'Spaces and their backups' });
      await dialog.getByText('3 spaces are not backed up').waitFor();
      expect(await dialog.textContent()).toContain(
        `The backup account ${SEEDED_EMAIL} cannot see them, so GitProtect leaves them out without an error. Grant it the Browse projects permission on those spaces.`,
      );
      await dialog.getByText('2 spaces are not in the backup plan').waitFor();
      const rows = dialog.getByRole('listitem');
      expect(await rows.count()).toBe(50);
      await dialog.getByText(`Loaded 50 of ${SPACES} spaces`).waitFor();
      await admin.checkAccessible('the coverage view');

      // Only the spaces that need attention: the backend looks at all 60 in one call.
      await dialog.getByRole('checkbox', { name: 'Only spaces that are not protected' }).check();
      await dialog
        .getByText(`Looked at ${SPACES} of ${SPACES} spaces: 5 are not protected.`)
        .waitFor();
      const protectedRows = dialog.locator('[data-coverage="PROTECTED"]');
      expect(await protectedRows.count()).toBe(0);
      expect(await dialog.getByRole('button', { name: 'Look further' }).count()).toBe(0);
      // 2 out of the plan and 3 hidden, wherever Jira's order puts them.
      expect(await rows.count()).toBe(5);

      const hidden = dialog.locator('[data-coverage="NOT_VISIBLE_TO_BACKUP_ACCOUNT"]');
      expect(await hidden.count()).toBe(3);
      for (const text of await hidden.allTextContents()) {
        expect(text).toContain('Not backed up');
        expect(text).toContain(
          `Grant ${SEEDED_EMAIL} the Browse projects permission on this space.`,
        );
      }
      expect(await dialog.locator('[data-coverage="NOT_IN_PLAN"]').count()).toBe(2);
      await hidden.last().scrollIntoViewIfNeeded();
      await admin.checkAccessible('the coverage view, paged on, not protected only');
      await admin.screenshot('coverage-not-protected-admin-en-US-light');

      await dialog.getByRole('checkbox', { name: 'Only spaces that are not protected' }).uncheck();
      await dialog.getByText(`Loaded 50 of ${SPACES} spaces`).waitFor();
      expect(await rows.count()).toBe(50);
      await dialog.getByRole('button', { name: 'Show more' }).click();
      await dialog.getByText(`Loaded ${SPACES} of ${SPACES} spaces`).waitFor();
      expect(await rows.count()).toBe(SPACES);
      expect(await dialog.getByRole('button', { name: 'Show more' }).count()).toBe(0);
    });
  });

  it('Restore in GitProtect lands on the local Management Service page, signed in', async () => {
    await withPage(openCoverage(), async (admin) => {
      const context = admin.page.context();
      const row = admin.app.locator('[data-coverage="PROTECTED"]').first();
      const key = await row.getAttribute('data-space');
      const popup = context.waitForEvent('page', { timeout: 15_000 });
      await row.getByRole('button', { name: /^Restore in GitProtect/ }).click();
      const tab = await popup;
      await tab.waitForLoadState('domcontentloaded');
      expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe(
        'Signed in to GitProtect as Alex Admin',
      );
      expect(await tab.locator('main').textContent()).toContain(
        `Destination: Restore space ${key}`,
      );
      await tab.close();
    });
  });

  it('looks right in light and dark, desktop and 390 px, English and Polish', async () => {
    for (const { view, phone } of LIGHT_DARK_AND_POLISH_SHOTS) {
      await withPage(openCoverage(view, phone), async (admin) => {
        const name = `coverage-${shotName({ view, phone })}`;
        await admin.screenshot(name);
        if (view.theme === 'dark') await admin.checkAccessible(`the coverage view (${name})`);
      });
    }
  });
});
