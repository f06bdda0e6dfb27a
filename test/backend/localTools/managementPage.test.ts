import { type TestEmulator, startTestEmulator } from '../../support/emulator';
import { ADMIN, connect, harness } from '../gitprotect/harness';

/** The emulator's Management Service page, where a one-time sign-in link lands. */

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.control.reset());

async function open(url: string) {
  const { hostname, pathname } = new URL(url);
  const response = await fetch(`${emulator.url}/management/${hostname}${pathname}`);
  const html = await response.text();
  return { status: response.status, heading: /<h1>(.*?)<\/h1>/.exec(html)?.[1], html };
}

it('signs in once, shows the destination, then refuses the used code', async () => {
  const { service } = await connect(harness(emulator));
  const link = await service.createSsoUrl(
    { ...ADMIN, displayName: 'Maria <b>Admin</b>' },
    { kind: 'RESTORE_PROJECT', projectKey: 'PAY' },
  );
  const first = await open(link.url);
  expect(first.status).toBe(200);
  expect(first.heading).toBe('Signed in to GitProtect as Maria &lt;b&gt;Admin&lt;/b&gt;');
  expect(first.html).toContain('Destination: Restore space PAY (Payments)');
  const second = await open(link.url);
  expect([second.status, second.heading]).toEqual([410, 'This sign-in link was already used']);
});

it('refuses an expired code, a code of another host, and one it never issued', async () => {
  const { service } = await connect(harness(emulator));
  const link = await service.createSsoUrl(ADMIN);
  const url = new URL(link.url);
  const elsewhere = await fetch(
    `${emulator.url}/management/other-1234.eu.app.gitprotect.io${url.pathname}`,
  );
  expect(elsewhere.status).toBe(404);
  expect((await open(`${link.url}x`)).status).toBe(404);
  await emulator.control.advance(5 * 60_000);
  const expired = await open(link.url);
  expect([expired.status, expired.heading]).toEqual([410, 'This sign-in link has expired']);
});
