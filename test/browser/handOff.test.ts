/**
 * The hand-off to the Management Service completes on the local host: Continue (and a hand-off
 * to a job's logs) opens the one-time sign-in link, which the host maps from the instance's
 * https host to the emulator's Management Service page. The page says who is signed in and where
 * to; the same link opened again is refused.
 */
import type { Page } from 'playwright-core';
import { appState } from '../../src/app/state';
import { saveScreenshot } from '../support/browser';
import { okData } from '../support/localStack';
import { useApp, useBrowser, useStack } from './fixture';

jest.setTimeout(60_000);

const browser = useBrowser();
const stack = useStack();

describe('the hand-off to the Management Service, locally', () => {
  const admin = useApp(browser, stack);
  let managementHost: string;

  beforeAll(async () => {
    const connection = await appState(stack.deps.store).connection();
    managementHost = connection!.managementHost;
  });

  async function landed(tab: Page): Promise<{ url: URL; heading: string; text: string }> {
    await tab.waitForLoadState('domcontentloaded');
    return {
      url: new URL(tab.url()),
      heading: (await tab.getByRole('heading', { level: 1 }).textContent()) ?? '',
      text: (await tab.locator('main').textContent()) ?? '',
    };
  }

  it('More features > Continue lands on the local Management Service page, signed in', async () => {
    await admin.app.getByRole('button', { name: 'More features', exact: true }).click();
    const dialog = admin.app.getByRole('dialog', { name: 'More features' });
    const popup = admin.page.context().waitForEvent('page', { timeout: 15_000 });
    await dialog.getByRole('button', { name: 'Continue', exact: true }).click();
    const tab = await popup;
    const page = await landed(tab);
    expect(`${page.url.origin}/`).toBe(new URL(stack.emulatorUrl).origin + '/');
    expect(page.url.pathname).toMatch(
      new RegExp(`^/management/${managementHost.replace(/\./g, '\\.')}/sso/[\\w-]+$`),
    );
    expect(page.heading).toBe('Signed in to GitProtect as Alex Admin');
    expect(page.text).toContain('Destination: Dashboard');
    await saveScreenshot(tab, 'hand-off-signed-in');

    // The one-time link, opened again: refused, with the reason.
    const again = await admin.page.context().newPage();
    const response = await again.goto(tab.url());
    expect(response?.status()).toBe(410);
    expect(await again.getByRole('heading', { level: 1 }).textContent()).toBe(
      'This sign-in link was already used',
    );
    await saveScreenshot(again, 'hand-off-link-reused');
    await Promise.all([tab.close(), again.close()]);
  });

  it("a hand-off to a job's logs lands signed in, with that job as the destination", async () => {
    const overview = okData(await stack.invoke('getOverview'));
    const job = overview.connected ? overview.recentJobs[0] : undefined;
    expect(job).toBeDefined();
    const link = okData(
      await stack.invoke('openManagementService', {
        destination: { kind: 'JOB_LOGS', jobId: job!.id },
      }),
    );
    // The resolver's check stays Forge's: the link is https on the instance's own host.
    expect(new URL(link.url).hostname).toBe(managementHost);

    // Opened the way the page opens it: through the bridge's navigate (router.open).
    const frame = await admin.frame();
    const popup = admin.page.context().waitForEvent('page', { timeout: 15_000 });
    await frame.evaluate(
      (url) =>
        (
          globalThis as unknown as {
            __bridge: { callBridge(op: string, payload: unknown): Promise<unknown> };
          }
        ).__bridge.callBridge('navigate', { url, type: 'new-tab' }),
      link.url,
    );
    const tab = await popup;
    const page = await landed(tab);
    expect(page.heading).toBe('Signed in to GitProtect as Alex Admin');
    expect(page.text).toContain(
      `Destination: Logs of the backup started ${new Date(job!.startedAt).toUTCString()} (job ${job!.id})`,
    );
    await saveScreenshot(tab, 'hand-off-job-logs');
    await tab.close();
  });

  it('refuses a link that expired unused, and one it never issued', async () => {
    const link = okData(
      await stack.invoke('openManagementService', {
        destination: { kind: 'NOTIFICATION_SETTINGS' },
      }),
    );
    await stack.advanceClock(6 * 60_000);
    const local = `${stack.url}__host/gitprotect/${managementHost}${new URL(link.url).pathname}`;
    const page = await admin.page.context().newPage();
    expect((await page.goto(local))?.status()).toBe(410);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'This sign-in link has expired',
    );
    expect((await page.goto(`${local}x`))?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'This sign-in link is not valid',
    );
    await page.close();
  });
});
