/**
 * Every dialog of the page, in real Chromium on the local host: each opens from its button,
 * fades in and out with Atlaskit's ModalTransition and, once closed, hands the focus back to the
 * button that opened it, so a keyboard goes on from where it was. Photographed light and dark,
 * desktop and 390 px.
 */
import type { FrameLocator, Locator } from 'playwright-core';
import {
  type AppPage,
  LIGHT_AND_DARK_SHOTS,
  eventually,
  fact,
  openViewer,
  shotName,
  withPage,
} from './appPage';
import { useBrowser, useStack } from './fixture';

jest.setTimeout(300_000);

const browser = useBrowser();
const stack = useStack();

interface Opening {
  name: string;
  /** The dialog's accessible name. */
  dialog: RegExp;
  /** The button that opens it, after whatever leads to it. */
  opener: (app: FrameLocator) => Promise<Locator>;
}

const DIALOGS: Opening[] = [
  {
    name: 'edit-schedule',
    dialog: /^Edit backup schedule$/,
    opener: async (app) => app.getByRole('button', { name: 'Edit schedule' }),
  },
  {
    name: 'backup-now',
    dialog: /^Start a backup now\?$/,
    opener: async (app) => app.getByRole('button', { name: 'Backup now' }),
  },
  {
    name: 'more-features',
    dialog: /^More features$/,
    opener: async (app) => app.getByRole('button', { name: 'More features' }),
  },
  {
    name: 'spaces',
    dialog: /^Spaces and their backups$/,
    opener: async (app) => fact(app, 'Spaces in the plan').getByRole('button'),
  },
  {
    name: 'job-details',
    dialog: /^Backup started /,
    opener: async (app) =>
      app.getByRole('button', { name: /^Details of the backup started / }).first(),
  },
  {
    name: 'disconnect',
    dialog: /^Disconnect from GitProtect\?$/,
    opener: async (app) => {
      await app.getByRole('tab', { name: 'Settings' }).click();
      return app.getByRole('button', { name: 'Disconnect', exact: true });
    },
  },
];

async function openDialog({ app }: AppPage, opening: Opening) {
  const opener = await opening.opener(app);
  await opener.click();
  const dialog = app.getByRole('dialog', { name: opening.dialog });
  await dialog.waitFor();
  return { opener, dialog };
}

describe.each(DIALOGS)('the $name dialog', (opening) => {
  test('closes on Escape and hands the focus back to the button that opened it', async () => {
    await withPage(openViewer(browser, stack.url), async (page) => {
      await page.app.getByRole('table').waitFor();
      const { opener, dialog } = await openDialog(page, opening);
      await page.page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await eventually(`the focus back on the ${opening.name} button`, () =>
        opener.evaluate((button) => button === button.ownerDocument.activeElement),
      );
    });
  });

  test.each(LIGHT_AND_DARK_SHOTS)('photographed: %o', async (shot) => {
    await withPage(openViewer(browser, stack.url, shot.view, shot.phone), async (page) => {
      await page.app.getByRole('table').waitFor();
      const { dialog } = await openDialog(page, opening);
      // The spaces, a backup's spaces and the schedule's preview: lists, read or worked out as
      // the dialog opens. A question has none.
      if (!/backup-now|more-features|disconnect/.test(opening.name)) {
        await dialog.getByRole('list').first().waitFor();
      }
      await page.screenshot(`dialog-${opening.name}-${shotName(shot)}`);
    });
  });
});
