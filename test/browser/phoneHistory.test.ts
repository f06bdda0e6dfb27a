/**
 * The recent backups on a phone (390 px): each backup's outcome reads next to its start without
 * scrolling sideways, and the page says the table scrolls for its other columns. Light and dark.
 */
import { openViewer, PHONE, withPage } from './appPage';
import { useBrowser, useStack } from './fixture';

jest.setTimeout(120_000);

const browser = useBrowser();
const stack = useStack();

describe('recent backups at 390 px', () => {
  it('shows each backup’s outcome beside its start, within the screen, without scrolling', async () => {
    for (const theme of ['light', 'dark'] as const) {
      await withPage(openViewer(browser, stack.url, { theme }, true), async (admin) => {
        const { app } = admin;
        const table = app.getByRole('table');
        await table.waitFor();
        const rows = table.locator('tbody tr');
        const count = await rows.count();
        expect(count).toBeGreaterThan(0);
        await table.scrollIntoViewIfNeeded();
        const frame = await admin.frame();
        expect(
          await frame.$eval(
            'div[role="group"][aria-labelledby="jobs-heading"]',
            (box) => box.scrollLeft,
          ),
        ).toBe(0);
        expect(await app.getByRole('columnheader').allTextContents()).toEqual([
          'Outcome',
          'Start',
          'Duration',
          'Spaces succeeded',
          'Spaces failed',
          'Trigger',
        ]);

        const visible = await app
          .locator('div[role="group"][aria-labelledby="jobs-heading"]')
          .boundingBox();
        if (!visible) throw new Error('The table’s box is not on screen');
        for (let index = 0; index < count; index += 1) {
          const row = rows.nth(index);
          // The outcome's label and the start's text, as the screen shows them.
          const outcome = row.locator('td').nth(0).getByText(/\S/).last();
          const start = row.locator('td').nth(1).getByRole('button');
          for (const [what, cell] of [
            ['outcome', outcome],
            ['start', start],
          ] as const) {
            const box = await cell.boundingBox();
            if (!box) throw new Error(`Row ${index}: no ${what} on screen`);

            // Within the screen and within the table's box, which hides what is past its edge.
            expect(box.x).toBeGreaterThanOrEqual(Math.max(0, visible.x));
            expect(box.x + box.width).toBeLessThanOrEqual(
              Math.min(PHONE.width, visible.x + visible.width),
            );
          }
          expect(await outcome.textContent()).toMatch(/^(Succeeded|Failed|Running|Canceled)/);
          // Read whole, not cut off with an ellipsis ("Succeeded with warni…").
          expect(await outcome.evaluate((label) => label.scrollWidth <= label.clientWidth)).toBe(
            true,
          );
        }
        await app.getByText('More columns: scroll the table sideways.').waitFor();
        await admin.screenshot(`history-390px-en-US-${theme}`);
        if (theme === 'dark') await admin.checkAccessible('the recent backups at 390 px');
      });
    }
  });
});
