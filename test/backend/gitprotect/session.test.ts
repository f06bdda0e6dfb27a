import { createManagementServiceDirectory } from '../../../src/adapters/gitprotect';
import { isUpstreamError } from '../../../src/ports/upstreamError';
import { type TestEmulator, memoryVault, startTestEmulator } from '../../support/emulator';
import { type Harness, connect, failureOf, harness } from './harness';

/** An expired access token costs one refresh, shared by every call that found it expired. */

const DAY_MS = 86_400_000;

let emulator: TestEmulator;
let h: Harness;

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await emulator.control.reset();
  h = harness(emulator, { useEmulatorClock: false });
});
afterEach(() => expect(h.violations).toEqual([]));

async function refreshes(): Promise<number> {
  return (await emulator.control.stats()).byRoute['POST /auth/refresh'] ?? 0;
}

it('refreshes once when the service says the token expired, stores the session and repeats the call', async () => {
  const { service, vault, registration } = await connect(h);
  await emulator.control.faults({ mode: 'expireToken' });

  await expect(service.getSummary()).resolves.toMatchObject({ securedProjects: 25 });
  expect(await refreshes()).toBe(1);
  expect(vault.writes).toBe(1);
  expect(vault.session?.accessToken).not.toBe(registration.session.accessToken);
  expect(vault.session?.refreshToken).toBe(registration.session.refreshToken);

  await expect(service.listJobs(5)).resolves.toEqual([]);
  expect(await refreshes()).toBe(1);
});

it('shares one refresh among concurrent calls that all found the token expired', async () => {
  const { service, vault } = await connect(h);
  await emulator.control.faults({ mode: 'expireToken', count: 1 });

  const results = await Promise.all([
    service.getSummary(),
    service.getSchedule(),
    service.listJobs(3),
    service.getSummary(),
    service.getSchedule(),
  ]);
  expect(results).toHaveLength(5);
  expect(await refreshes()).toBe(1);
  // Five refused calls, one refresh, five repeats: every call did find its token expired.
  const { byRoute } = await emulator.control.stats();
  const reads = ['GET /instance', 'GET /instance/plan/schedule', 'GET /instance/backups'];
  expect(reads.reduce((sum, route) => sum + (byRoute[route] ?? 0), 0)).toBe(10);
  expect(vault.writes).toBe(1);
});

it('renews a token its clock says has expired before calling, 30 days on', async () => {
  const withClock = harness(emulator);
  const { service, vault } = await connect(withClock);
  await emulator.control.advance(31 * DAY_MS);

  await expect(service.getSchedule()).resolves.toMatchObject({ schedule: null });
  expect(vault.writes).toBe(1);
  expect(await refreshes()).toBe(1);
  expect((await emulator.control.stats()).byRoute['GET /instance/plan/schedule']).toBe(1);
  expect(withClock.violations).toEqual([]);
});

it('refreshes on token_expired when its own clock did not know, 30 days on', async () => {
  const { service, vault } = await connect(h);
  await emulator.control.advance(31 * DAY_MS);

  await expect(service.getSchedule()).resolves.toMatchObject({ schedule: null });
  expect(vault.writes).toBe(1);
  expect((await emulator.control.stats()).byRoute['GET /instance/plan/schedule']).toBe(2);
});

it('refreshes on request, for the hourly trigger', async () => {
  const { service, vault, registration } = await connect(h);
  const renewed = await service.refreshSession();
  expect(renewed.accessToken).not.toBe(registration.session.accessToken);
  expect(vault.session).toEqual(renewed);
});

it('reports CONNECTION_LOST when the refresh token is no longer known, without a secret', async () => {
  const { service, registration } = await connect(h);
  await emulator.control.reset();
  await connect(h);
  const { error } = await failureOf(() => service.getSummary());
  expect(isUpstreamError(error, 'CONNECTION_LOST')).toBe(true);

  const stale = memoryVault({
    ...registration.session,
    accessTokenExpiresAt: new Date(0).toISOString(),
  });
  const refresh = await failureOf(() => h.directory.instance('EU', stale).getSummary());
  expect(isUpstreamError(refresh.error, 'CONNECTION_LOST')).toBe(true);
  expect(stale.writes).toBe(0);
  const text = `${String(refresh.error)} ${String(error)}`;
  expect(text).not.toContain(registration.session.refreshToken);
  expect(text).not.toContain(registration.session.accessToken);
});

it('reports CONNECTION_LOST when even the renewed token is refused', async () => {
  const calls: string[] = [];
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const alwaysExpired: typeof fetch = async (input) => {
    const path = new URL(String(input)).pathname;
    calls.push(path);
    return path.endsWith('/auth/refresh')
      ? json(200, {
          accessToken: 'gpa_new',
          refreshToken: 'gpr_same',
          accessTokenExpiresAt: '2099-01-01T00:00:00Z',
        })
      : json(401, { error: { code: 'token_expired', message: 'expired' } });
  };
  const directory = createManagementServiceDirectory({
    baseUrls: emulator.baseUrls,
    fetch: alwaysExpired,
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
  });
  const vault = memoryVault({
    accessToken: 'gpa_old',
    refreshToken: 'gpr_same',
    accessTokenExpiresAt: '2099-01-01T00:00:00Z',
  });

  const { error } = await failureOf(() => directory.instance('EU', vault).getSummary());
  expect(isUpstreamError(error, 'CONNECTION_LOST')).toBe(true);
  expect(calls).toEqual([
    '/eu/jira/v1/instance',
    '/eu/jira/v1/auth/refresh',
    '/eu/jira/v1/instance',
  ]);
});
