/**
 * What only a real browser shows of the forms, the flags and the small things of issue 12: where
 * focus goes after Connect, the focus ring of the jobs table's scroll box, flags stacked on a
 * 390 px screen, a duration that does not wrap. Two local stacks: one not yet connected (the
 * first run), one seeded with a plan and past jobs. Screenshots go to test-output/screenshots/.
 */
import { sendControl } from '../../bench/lib/control';
import { saveScreenshot } from '../support/browser';
import {
  type AppPage,
  type View,
  PHONE,
  TIME_ZONE,
  VIEWPORT,
  eventually,
  fact,
  newViewerContext,
  openApp,
  viewName,
  withViewer,
} from './appPage';
import { useBrowser, useStack } from './fixture';

jest.setTimeout(120_000);

const TOKEN = 'ATATT3xFfGF0formsAndFlagsBrowserTest7';

/** Presses Tab until `selector` has focus; false when it never gets it. */
async function tabTo(admin: AppPage, selector: string, presses = 40): Promise<boolean> {
  const frame = await admin.frame();
  for (let i = 0; i < presses; i += 1) {
    await admin.page.keyboard.press('Tab');
    if (await frame.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      return true;
    }
  }
  return false;
}

async function screenshots(admin: AppPage, name: string, view: View = {}) {
  await admin.screenshot(`${name}-${viewName(view)}`);
  await admin.page.setViewportSize(PHONE);
  // Where the admin is looking: the focused field (the first wrong one) in the middle.
  await (
    await admin.frame()
  ).evaluate(() => document.activeElement?.scrollIntoView({ block: 'center' }));
  await admin.screenshot(`${name}-${viewName(view)}-390px`);
  await admin.page.setViewportSize(VIEWPORT);
}

const browser = useBrowser();

describe('forms and flags in the browser', () => {
  const firstRun = useStack({ connected: false });
  const seeded = useStack();

  it('setup names every wrong field at once, keeps the token, and focuses the heading after Connect', async () => {
    await withViewer(browser, firstRun.url, {}, async (admin) => {
      const { app } = admin;
      await app.getByRole('heading', { name: 'Set up GitProtect.io' }).waitFor();
      expect(await app.getByText('Fields marked with * are required.').count()).toBe(1);
      await app.getByLabel('Jira account email').fill('alex admin@example.com');
      await app.getByLabel('API token', { exact: true }).fill(TOKEN);
      await app.getByRole('button', { name: 'Connect' }).click();

      await app.getByText('Remove the spaces from the email address.').waitFor();
      expect(await app.getByText('Fill in this field.').count()).toBe(1);
      expect(await app.getByLabel('API token', { exact: true }).inputValue()).toBe(TOKEN);
      await admin.checkAccessible('the setup form with every error at once');
      await screenshots(admin, 'forms-setup-errors');

      const dark = { theme: 'dark' } as const;
      await withViewer(browser, firstRun.url, dark, async (inDark) => {
        await inDark.app.getByRole('button', { name: 'Connect' }).click();
        expect(await inDark.app.getByText('Fill in this field.').count()).toBe(3);
        await inDark.checkAccessible('the setup form with errors, dark');
        await screenshots(inDark, 'forms-setup-errors', dark);
      });

      await app.getByLabel('Region').click();
      await app.getByRole('option', { name: 'Europe' }).click();
      await app.getByLabel('Jira account email').fill('alex.admin@example.com');
      await app.getByRole('button', { name: 'Connect' }).click();
      await admin.flags.getByText('GitProtect.io is connected').waitFor({ timeout: 20_000 });

      const frame = await admin.frame();
      await eventually('focus on the page heading after Connect', () =>
        frame.evaluate(
          () =>
            document.activeElement?.tagName === 'H1' &&
            document.activeElement.textContent === 'GitProtect.io for Jira',
        ),
      );
      const jobs = app.getByRole('region', { name: 'Recent backups' });
      await jobs.getByRole('button', { name: 'Start the first backup' }).waitFor();
      await admin.checkAccessible('the page right after Connect');
      await screenshots(admin, 'forms-connected-first-backup');
    });
  });

  it('flags show in the host page over the app, stack inside a 390 px screen, and each has a Dismiss button the keyboard presses', async () => {
    await withViewer(browser, seeded.url, {}, async (admin) => {
      const { app, page, flags } = admin;
      await page.setViewportSize(PHONE);
      const button = (name: string) => app.getByRole('button', { name, exact: true });
      // Successes and news go after 8 s: the slowest step first, the quick ones right after.
      await button('Edit schedule').click();
      await app
        .getByRole('dialog', { name: 'Edit backup schedule' })
        .getByLabel('Saturday')
        .check();
      await button('Save').click();
      await flags.getByText(/Schedule saved/).waitFor();
      await button('Backup now').click();
      await app.getByRole('dialog', { name: 'Start a backup now?' }).waitFor();
      await button('Start backup').click();
      await flags.getByText('Backup started').waitFor();
      // The same news again replaces its flag instead of stacking copies of it.
      for (let i = 0; i < 3; i += 1) await button('Backup now').click();
      await flags.getByText(/A backup is already running/).waitFor();
      expect(await flags.getByText(/A backup is already running/).count()).toBe(1);
      // Nothing of them is drawn in the app's frame, which in Jira grows with the page.
      expect(await app.getByText(/A backup is already running|Backup started/).count()).toBe(0);

      const viewport = page.viewportSize()!;
      const flagBoxes = await flags
        .locator('.flag')
        .evaluateAll((elements) =>
          elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
        );
      // A success goes after 8 s: on a slow machine the first may have gone already.
      expect(flagBoxes.length).toBeGreaterThanOrEqual(2);
      for (const box of flagBoxes) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(viewport.width);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(viewport.height);
      }
      // Newest nearest the bottom-left corner, as Jira stacks them.
      const newest = flags.locator('.flag').first();
      expect(await newest.textContent()).toMatch(/A backup is already running/);
      const newestBox = (await newest.boundingBox())!;
      expect(newestBox.y + newestBox.height).toBe(Math.max(...flagBoxes.map((box) => box.bottom)));
      await admin.checkAccessible('stacked flags at 390 px');
      await admin.screenshot('forms-flags-stacked-admin-en-US-light-390px');

      const dismiss = flags.getByRole('button', { name: 'Dismiss' });
      const before = await dismiss.count();
      await dismiss.first().focus();
      await page.keyboard.press('Enter');
      await eventually('one flag fewer', async () => (await dismiss.count()) === before - 1);
      await page.setViewportSize(VIEWPORT);
      await admin.screenshot('forms-flags-stacked-admin-en-US-light');
    });
  });

  it("the host's flags go by themselves only when asked, stay while pointed at, and run the app's actions", async () => {
    await withViewer(browser, seeded.url, { theme: 'dark' }, async (admin) => {
      const { page, flags } = admin;
      const frame = await admin.frame();
      await page.clock.install();
      await frame.evaluate(() => {
        const bridge = (
          globalThis as unknown as {
            __bridge: { callBridge: (op: string, payload: unknown) => Promise<unknown> };
          }
        ).__bridge;
        const pressed: string[] = [];
        (globalThis as unknown as { pressed: string[] }).pressed = pressed;
        void bridge.callBridge('showFlag', {
          id: 'passing',
          title: 'Passing news',
          type: 'success',
          isAutoDismiss: true,
        });
        void bridge.callBridge('showFlag', {
          id: 'staying',
          title: 'A problem to act on',
          description: 'What went wrong, and what to do.',
          type: 'error',
          isAutoDismiss: false,
          actions: [{ text: 'Try again', onClick: () => pressed.push('Try again') }],
        });
      });
      await flags.getByText('A problem to act on').waitFor();
      await admin.screenshot('host-flags-admin-en-US-dark');
      await flags.getByText('Passing news').hover();
      await page.clock.runFor(20_000);
      expect(await flags.getByText('Passing news').count()).toBe(1);
      await page.mouse.move(600, 10);
      await page.clock.runFor(8_100);
      expect(await flags.getByText('Passing news').count()).toBe(0);
      expect(await flags.getByText('A problem to act on').count()).toBe(1);

      await flags.getByRole('button', { name: 'Try again' }).click();
      await eventually('the action ran in the app', () =>
        frame.evaluate(() => (globalThis as unknown as { pressed: string[] }).pressed.length === 1),
      );
      await frame.evaluate(() =>
        (
          globalThis as unknown as {
            __bridge: { callBridge: (op: string, payload: unknown) => Promise<unknown> };
          }
        ).__bridge.callBridge('closeFlag', { id: 'staying' }),
      );
      await flags.getByText('A problem to act on').waitFor({ state: 'detached' });
    });
  });

  it('a slow first read shows the header over a skeleton, then the page', async () => {
    for (const [view, size] of [
      [{ theme: 'light' }, VIEWPORT],
      [{ theme: 'dark' }, PHONE],
    ] as const) {
      await seeded.setFault('latency', { ms: 2500 });
      const context = await newViewerContext(browser, view);
      try {
        const page = await context.newPage();
        await page.setViewportSize(size);
        const query = new URLSearchParams({ as: 'admin', theme: view.theme, tz: TIME_ZONE });
        await page.goto(`${seeded.url}?${query.toString()}`);
        const app = page.frameLocator('#app-frame');
        await app.locator('[data-first-load]').waitFor();
        expect(
          await app.getByRole('heading', { level: 1, name: 'GitProtect.io for Jira' }).isVisible(),
        ).toBe(true);
        expect(await app.getByRole('img', { name: 'Loading the backup status' }).isVisible()).toBe(
          true,
        );
        const name = `forms-first-read-skeleton-${viewName(view)}`;
        await saveScreenshot(page, size === PHONE ? `${name}-390px` : name);
        await app.locator('[data-first-load]').waitFor({ state: 'detached', timeout: 30_000 });
        await app.getByRole('heading', { name: 'Backup status' }).waitFor();
      } finally {
        await seeded.clearFault();
        await context.close();
      }
    }
  });

  it('the jobs table scrolls by keyboard with Atlassian’s focus ring; durations do not wrap', async () => {
    for (const view of [{ theme: 'light' }, { theme: 'dark' }] as const) {
      await withViewer(browser, seeded.url, view, async (admin) => {
        const { app, page } = admin;
        await app.getByRole('table').waitFor();
        const frame = await admin.frame();
        const scroller = 'div[role="group"][aria-labelledby="jobs-heading"]';

        // Wide enough for the table: not a tab stop of its own.
        expect(await frame.$eval(scroller, (box) => box.getAttribute('tabindex'))).toBeNull();

        await page.setViewportSize(PHONE);
        await eventually('the scroll box to become a tab stop', () =>
          frame.$eval(scroller, (box) => box.getAttribute('tabindex') === '0'),
        );
        expect(await tabTo(admin, scroller)).toBe(true);
        const ring = await frame.$eval(scroller, (box) => {
          const style = getComputedStyle(box);
          const probe = document.createElement('div');
          probe.style.color = 'var(--ds-border-focused)';
          document.body.append(probe);
          const focused = getComputedStyle(probe).color;
          probe.remove();
          return {
            style: style.outlineStyle,
            width: style.outlineWidth,
            color: style.outlineColor,
            focused,
          };
        });
        expect(ring).toEqual({
          style: 'solid',
          width: '2px',
          color: ring.focused,
          focused: expect.stringMatching(/^rgb/),
        });
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await eventually('the table to scroll by keyboard', () =>
          frame.$eval(scroller, (box) => box.scrollLeft > 0),
        );
        await admin.checkAccessible(`the jobs table at 390 px (${view.theme})`);
        await admin.screenshot(`forms-jobs-focus-ring-${viewName(view)}-390px`);

        // "took 12 min" and the table's durations each stay on one line, also at 390 px.
        const tookLines = await fact(app, 'Last backup').evaluate((value) => {
          const walker = document.createTreeWalker(value, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent?.indexOf('took') ?? -1;
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, node.textContent!.length);
            return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
          }
          return 0;
        });
        expect(tookLines).toBe(1);
        const durationLines = await frame.$$eval('tbody tr td:nth-child(3) span', (spans) =>
          spans.map(
            (span) => new Set([...span.getClientRects()].map((rect) => Math.round(rect.top))).size,
          ),
        );
        expect(durationLines.length).toBeGreaterThan(0);
        expect(new Set(durationLines)).toEqual(new Set([1]));
        await page.setViewportSize(VIEWPORT);
        await admin.screenshot(`forms-status-${viewName(view)}`);
      });
    }
  });

  it('a rate limit says GitProtect is busy, with a retry time in sane units', async () => {
    const rateLimit = async (retryAfter: string) => {
      const response = await sendControl(seeded.emulatorUrl, 'POST', 'faults', {
        mode: 'rateLimit',
        retryAfter,
        route: 'POST /instance/sso',
      });
      expect(response.ok).toBe(true);
    };
    const context = await newViewerContext(browser);
    try {
      const admin = await openApp(context, seeded.url);
      const { app } = admin;
      const button = (name: string) => app.getByRole('button', { name, exact: true });
      const dialog = app.getByRole('dialog', { name: 'More features' });
      for (const [retryAfter, words] of [
        // The client waits at most an hour whatever the service says.
        ['100000000000000000000', 'GitProtect is busy right now. Try again in 1 hour.'],
        ['300', 'GitProtect is busy right now. Try again in 5 minutes.'],
      ] as const) {
        await rateLimit(retryAfter);
        await button('More features').click();
        await dialog.getByRole('button', { name: 'Continue' }).click();
        await dialog.getByText(words).waitFor();
        expect(await dialog.getByText(/reached|seconds/).count()).toBe(0);
        if (retryAfter === '300') {
          await admin.checkAccessible('a rate limit in the More features dialog');
          await admin.screenshot('forms-rate-limited-admin-en-US-light');
        }
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        await dialog.waitFor({ state: 'detached' });
      }
    } finally {
      await seeded.clearFault();
      await context.close();
    }
  });

  it('Settings: no "Edit schedule", Polish dates in the picker, and every error at once', async () => {
    for (const view of [
      { locale: 'pl-PL', theme: 'light' },
      { locale: 'en-US', theme: 'dark' },
    ] as const) {
      await withViewer(browser, seeded.url, view, async (admin) => {
        const { app } = admin;
        const polish = view.locale === 'pl-PL';
        await app.getByRole('tab', { name: polish ? 'Ustawienia' : 'Settings' }).click();
        await app
          .getByRole('heading', { name: polish ? 'Dane logowania do Jiry' : 'Jira credentials' })
          .waitFor();
        expect(await app.getByRole('button', { name: polish ? /Edytuj/ : /Edit/ }).count()).toBe(0);

        const email = app.getByLabel(polish ? 'Adres e-mail konta Jira' : 'Jira account email');
        await email.fill('');
        await app.getByLabel(polish ? 'Token API' : 'API token', { exact: true }).fill(TOKEN);
        const date = app.getByRole('combobox', {
          name: polish ? /Data wygaśnięcia tokenu/ : /Token expiry date/,
        });
        await date.click();
        await date.pressSequentially(polish ? '01.01.2020' : '1/1/2020');
        await admin.screenshot(`forms-settings-date-picker-${viewName(view)}`);
        await date.press('Enter');
        await app.getByRole('button', { name: polish ? 'Zapisz token' : 'Save token' }).click();
        await app.getByText(polish ? 'Wypełnij to pole.' : 'Fill in this field.').waitFor();
        await app
          .getByText(
            polish
              ? 'Ta data już minęła, więc token wygasł. Utwórz nowy token.'
              : 'This date has passed, so the token has expired. Create a new token.',
          )
          .waitFor();
        expect(
          await app.getByLabel(polish ? 'Token API' : 'API token', { exact: true }).inputValue(),
        ).toBe(TOKEN);
        await admin.checkAccessible(`Settings with errors (${viewName(view)})`);
        await screenshots(admin, 'forms-settings-errors', view);
      });
    }
  });

  it("a date refused as past keeps the focus on its field without the field's calendar covering the error or Save", async () => {
    await withViewer(browser, seeded.url, {}, async (admin) => {
      const { app, page } = admin;
      // Room under the field, where the picker opens its calendar when it fits.
      await page.setViewportSize({ width: VIEWPORT.width, height: 1400 });
      await app.getByRole('tab', { name: 'Settings' }).click();
      await app.getByLabel('API token', { exact: true }).fill(TOKEN);
      const date = app.getByRole('combobox', { name: 'Token expiry date (optional)' });
      await date.click();
      await date.pressSequentially('1/1/2020');
      await date.press('Enter');
      const save = app.getByRole('button', { name: 'Save token' });
      await save.click();
      const error = app.getByText(
        'This date has passed, so the token has expired. Create a new token.',
      );
      await error.waitFor();
      const frame = await admin.frame();
      // The admin is back at the field to correct.
      await eventually('focus on the date field', () =>
        frame.evaluate(() => document.activeElement?.id === 'settings-expiresOn'),
      );
      await admin.screenshot('forms-settings-past-date-focused-admin-en-US-light');
      const covered = async (target: typeof error) => {
        const box = (await target.boundingBox())!;
        return frame.evaluate(
          ({ x, y, width, height }) =>
            [...document.querySelectorAll('[role="grid"]')].some((calendar) => {
              const c = calendar.getBoundingClientRect();
              return c.left < x + width && x < c.right && c.top < y + height && y < c.bottom;
            }),
          box,
        );
      };
      expect(await covered(error)).toBe(false);
      expect(await covered(save)).toBe(false);
    });
  });
});
