/**
 * The spaces view of a site of 1,500 spaces (the emulator's `projectCount`), 4 of which the
 * backup account cannot see, after a backup of the rest: the search goes to Jira by key or
 * name and lists the matches in natural order (ANL5 before ANL50); "No spaces match" says so;
 * "Only spaces that are not protected" looks further page by page and says how far it looked,
 * also within a search. Photographed light and dark, desktop and 390 px.
 */
import { emulatorControl } from '../../bench/lib/control';
import { type AppPage, type View, openSpacesView, withPage } from './appPage';
import { useBrowser, useStack } from './fixture';

jest.setTimeout(240_000);

const SPACES = 1500;
const HOUR_MS = 3_600_000;

const browser = useBrowser();
const stack = useStack();
beforeAll(async () => {
  await emulatorControl(stack.emulatorUrl).setInstance({
    projectCount: SPACES,
    hiddenProjects: 4,
    failingProjects: 0,
  });
  stack.jira.projects = SPACES;
  const started = await stack.invoke('startBackup');
  if (!started.ok) throw new Error(`Backup now failed: ${started.error.code}`);
  await stack.advanceClock(HOUR_MS);
});

const openSpaces = (view: View = {}, phone = false): Promise<AppPage> =>
  openSpacesView(browser, stack.url, view, phone);

function keysOf(admin: AppPage) {
  return admin.app
    .getByRole('list', { name: 'Spaces' })
    .locator('[data-space]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-space')));
}

describe('the spaces of a site of 1,500', () => {
  it('finds spaces by key or name, in natural order, and says when none match', async () => {
    await withPage(openSpaces(), async (admin) => {
      const dialog = admin.app.getByRole('dialog', { name: 'Spaces and their backups' });
      await dialog.getByText('Loaded 50 of 1,500 spaces').waitFor();
      const search = dialog.getByRole('searchbox', { name: 'Search spaces' });

      await search.fill('anl5');
      await dialog.getByText('Loaded 11 of 11 spaces that match “anl5”').waitFor();
      expect(await keysOf(admin)).toEqual([
        'ANL5',
        ...Array.from({ length: 10 }, (_, i) => `ANL${50 + i}`),
      ]);
      await admin.checkAccessible('the spaces view, searched');
      await admin.screenshot('coverage-search-en-US-light');

      await search.fill('identity and access 14');
      await dialog.getByText('1 space matches “identity and access 14”').waitFor();
      expect(await keysOf(admin)).toEqual(['AUTH14']);

      await search.fill('no such space');
      const none = dialog.getByText('No spaces match “no such space”.');
      await none.first().waitFor();
      // Said once on screen; the status line is heard saying it, not "Loaded 0 of 0 spaces".
      const boxes = await Promise.all((await none.all()).map((found) => found.boundingBox()));
      expect(boxes.filter((box) => box !== null && box.width > 1 && box.height > 1)).toHaveLength(
        1,
      );
      expect(await dialog.getByRole('status').textContent()).toBe(
        'No spaces match “no such space”.',
      );
      expect(await dialog.locator('[data-space]').count()).toBe(0);
      await admin.screenshot('coverage-search-none-en-US-light');
    });
  });

  it('only the spaces that are not protected: looks further until it has looked at all', async () => {
    await withPage(openSpaces(), async (admin) => {
      const dialog = admin.app.getByRole('dialog', { name: 'Spaces and their backups' });
      await dialog.getByText('Loaded 50 of 1,500 spaces').waitFor();
      await dialog.getByRole('checkbox', { name: 'Only spaces that are not protected' }).check();
      await dialog
        .getByText(/^Looked at 300 of 1,500 spaces: \d+ (is|are) not protected\.$/)
        .waitFor();
      // 300 spaces a call, whatever the site's size: five calls look at all of them.
      const further = dialog.getByRole('button', { name: 'Look further' });
      for (const looked of ['600', '900', '1,200', '1,500']) {
        await further.click();
        await dialog.getByText(`Looked at ${looked} of 1,500 spaces`, { exact: false }).waitFor();
      }
      await dialog.getByText('Looked at 1,500 of 1,500 spaces: 4 are not protected.').waitFor();
      expect(await dialog.locator('[data-coverage="NOT_VISIBLE_TO_BACKUP_ACCOUNT"]').count()).toBe(
        4,
      );
      expect(await dialog.locator('[data-coverage="PROTECTED"]').count()).toBe(0);
      expect(await further.count()).toBe(0);
      await admin.screenshot('coverage-not-protected-1500-en-US-light');

      // Within a search: ANL60 is one the backup account cannot see, ANL6 is protected.
      await dialog.getByRole('searchbox', { name: 'Search spaces' }).fill('ANL6');
      await dialog
        .getByText('Looked at 2 of 2 spaces that match “ANL6”: 1 is not protected.')
        .waitFor();
      expect(await keysOf(admin)).toEqual(['ANL60']);
    });
  });

  it('looks right light and dark, desktop and 390 px, and in Polish', async () => {
    const shots: [View, boolean, string][] = [
      [{ theme: 'dark' }, false, 'en-US-dark'],
      [{ theme: 'light' }, true, 'en-US-light-390px'],
      [{ theme: 'dark' }, true, 'en-US-dark-390px'],
      [{ locale: 'pl-PL' }, false, 'pl-PL-light'],
    ];
    for (const [view, phone, name] of shots) {
      await withPage(openSpaces(view, phone), async (admin) => {
        const pl = view.locale === 'pl-PL';
        await admin.app
          .getByRole('searchbox', { name: pl ? 'Szukaj przestrzeni' : 'Search spaces' })
          .fill('anl5');
        await admin.app
          .getByText(
            pl
              ? /^Wczytano 11 z 11 przestrzeni pasujących do „anl5”$/
              : /^Loaded 11 of 11 spaces that match/,
          )
          .waitFor();
        await admin.screenshot(`coverage-search-${name}`);
        if (view.theme === 'dark')
          await admin.checkAccessible(`the spaces view, searched (${name})`);
      });
    }
  });
});
