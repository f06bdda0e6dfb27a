/**
 * A site with one space, in English and in Polish: the counts of spaces read right for one
 * ("The only space is in the backup plan.", "Loaded 1 of 1 space", "The only space is
 * protected" when only the unprotected are asked for, a failed backup about "the only space"),
 * on the local host in Chromium. Photographed: the status page and the spaces view (both ways),
 * in both languages, and the verdict once the only space fails.
 */
import { emulatorControl } from '../../bench/lib/control';
import { type View, openSpacesView, openViewer, withPage } from './appPage';
import { useBrowser, useStack } from './fixture';

jest.setTimeout(180_000);

const browser = useBrowser();
const stack = useStack({ projects: 1 });

const WORDS = {
  'en-US': {
    dialog: 'Spaces and their backups',
    allInPlan: 'The only space is in the backup plan.',
    loaded: 'Loaded 1 of 1 space',
    onlyProblems: 'Only spaces that are not protected',
    onlyProtected: 'The only space is protected: it needs no attention.',
    failed: 'The last backup could not save the only space.',
  },
  'pl-PL': {
    dialog: 'Przestrzenie i ich kopie zapasowe',
    allInPlan: 'Jedyna przestrzeń jest w planie kopii.',
    loaded: 'Wczytano 1 z 1 przestrzeni',
    onlyProblems: 'Tylko przestrzenie bez ochrony',
    onlyProtected: 'Jedyna przestrzeń jest chroniona: nie wymaga uwagi.',
    failed: 'Ostatnia kopia nie zapisała jedynej przestrzeni.',
  },
} as const;

describe.each(['en-US', 'pl-PL'] as const)('a site with one space, in %s', (locale) => {
  const view: View = { locale };
  const words = WORDS[locale];

  it('counts it as one space, on the status page and in the spaces view', async () => {
    await withPage(openSpacesView(browser, stack.url, view), async (admin) => {
      const dialog = admin.app.getByRole('dialog', { name: words.dialog });
      await dialog.getByText(words.allInPlan, { exact: true }).waitFor();
      await dialog.getByText(words.loaded, { exact: true }).waitFor();
      expect(await dialog.getByRole('listitem').count()).toBe(1);
      await admin.checkAccessible(`the spaces view of one space (${locale})`);
      await admin.screenshot(`one-space-spaces-${locale}`);

      // Only the spaces that are not protected: the only one is, and the view says so.
      await dialog.getByRole('checkbox', { name: words.onlyProblems }).check();
      await dialog.getByText(words.onlyProtected, { exact: true }).waitFor();
      expect(await dialog.getByRole('listitem').count()).toBe(0);
      expect(await dialog.textContent()).not.toMatch(/1 of 1 spaces|1 z 1 przestrzeni:/);
      await admin.screenshot(`one-space-only-unprotected-${locale}`);

      await dialog.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await admin.app.locator('body').textContent()).not.toMatch(/\{\w+\}/);
      await admin.screenshot(`one-space-status-${locale}`);
    });
  });
});

describe('the only space failing', () => {
  it('is told about that space, not as "0 of 1 spaces", in English and in Polish', async () => {
    await emulatorControl(stack.emulatorUrl).setInstance({ failingProjects: 1 });
    // The next scheduled run (Friday 02:00 in Warsaw) fails.
    await stack.advanceClock(24 * 3_600_000);
    await stack.runTrigger();
    for (const locale of ['en-US', 'pl-PL'] as const) {
      await withPage(openViewer(browser, stack.url, { locale }), async (admin) => {
        const verdict = admin.app.locator('[data-verdict="LAST_BACKUP_FAILED"]');
        await verdict.getByText(WORDS[locale].failed, { exact: false }).waitFor();
        expect(await verdict.textContent()).not.toMatch(/ z 1 przestrzeni:| of 1 spaces/);
        await admin.screenshot(`one-space-failed-${locale}`);
      });
    }
  });
});
