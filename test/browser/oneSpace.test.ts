/**
 * A site with one space, in English and in Polish: the counts of spaces read right for one
 * ("The only space is in the backup plan.", "Loaded 1 of 1 space"), on the local host in
 * Chromium. Photographed: the status page and the spaces view, in both languages.
 */
import { type View, openSpacesView, withPage } from './appPage';
import { useBrowser, useStack } from './fixture';

jest.setTimeout(180_000);

const browser = useBrowser();
const stack = useStack({ projects: 1 });

const WORDS = {
  'en-US': {
    dialog: 'Spaces and their backups',
    allInPlan: 'The only space is in the backup plan.',
    loaded: 'Loaded 1 of 1 space',
  },
  'pl-PL': {
    dialog: 'Przestrzenie i ich kopie zapasowe',
    allInPlan: 'Jedyna przestrzeń jest w planie kopii.',
    loaded: 'Wczytano 1 z 1 przestrzeni',
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

      await dialog.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await admin.app.locator('body').textContent()).not.toMatch(/\{\w+\}/);
      await admin.screenshot(`one-space-status-${locale}`);
    });
  });
});
