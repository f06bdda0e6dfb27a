/**
 * A web page the developer has open, served from another origin, cannot drive the emulator's
 * controls: the `no-cors` text/plain POST a page may send anywhere without a preflight reaches the
 * emulator, which refuses it, and the fault stays off.
 */
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { type TestEmulator, startTestEmulator } from '../support/emulator';

jest.setTimeout(60_000);

/** The page of a site on the internet, here on another loopback port. */
const attackerPage = (emulatorUrl: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Cute cats</title></head><body>
<script>
  window.attempt = fetch(${JSON.stringify(`${emulatorUrl}/__control/faults`)}, {
    method: 'POST',
    mode: 'no-cors',
    body: '{"mode":"hang"}',
  }).then(
    function (reply) { return 'answered (' + reply.type + ')'; },
    function (error) { return 'failed: ' + error.message; }
  );
</script>
</body></html>`;

describe('a page from another origin', () => {
  let browser: Browser;
  let emulator: TestEmulator;
  let attacker: Server;
  let attackerUrl: string;

  beforeAll(async () => {
    [browser, emulator] = await Promise.all([launchBrowser(), startTestEmulator()]);
    attacker = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(attackerPage(emulator.url));
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
  }, 120_000);
  afterAll(async () => {
    attacker?.closeAllConnections();
    await Promise.allSettled([
      browser?.close(),
      emulator?.close(),
      new Promise((resolve) => attacker?.close(resolve)),
    ]);
  });

  it("cannot turn on a fault with a no-cors text/plain POST to the emulator's controls", async () => {
    const page = await browser.newPage();
    try {
      const statuses: number[] = [];
      page.on('response', (response) => {
        if (response.url().endsWith('/__control/faults')) statuses.push(response.status());
      });
      await page.goto(attackerUrl);
      expect(
        await page.evaluate(() => (window as unknown as { attempt: Promise<string> }).attempt),
      ).toBe('answered (opaque)');
      // It did reach the emulator, at 127.0.0.1 (a Host it accepts), and was refused for its
      // Origin (403) before its text/plain body was looked at (415).
      expect(statuses).toEqual([403]);
      expect((await emulator.control.state()).faults).toBeNull();
    } finally {
      await page.close();
    }
  });
});
