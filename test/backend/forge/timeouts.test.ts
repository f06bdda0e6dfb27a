import { ADMIN_EMAIL, JIRA_TOKEN, isoDay } from '../../support/app';
import { startForgeApp, type ForgeApp } from '../../support/forgeApp';

/**
 * Forge stops a function at its timeout (25 s for a resolver, the manifest's `timeoutSeconds` for
 * the trigger): no `finally` block runs. The local host does the same; here the timeouts are
 * shortened to 2 s and the service made slow, so that a sync and a connect are stopped half-way,
 * holding their lock or claim. Once that has expired, the next run proceeds.
 */

jest.setTimeout(120_000);

const LOCK = 'lock:hourly-sync';
const CLAIM = 'lock:connection-change';
const STOP_AFTER_SECONDS = 2;

let app: ForgeApp;
beforeAll(async () => {
  app = await startForgeApp({ connected: false });
});
afterAll(() => app?.close());
afterEach(async () => {
  app.shortenTimeouts(undefined);
  await app.emulator.control.clearFaults();
});

const connectPayload = () => ({
  region: 'EU',
  email: ADMIN_EMAIL,
  token: JIRA_TOKEN,
  expiresOn: isoDay(app.emulator.clock.now(), 200),
});

it('stops a connect half-way at its timeout; once its claim expires the next connect proceeds', async () => {
  app.shortenTimeouts(STOP_AFTER_SECONDS);
  await app.emulator.control.faults({ mode: 'latency', ms: 6_000, route: 'POST /instances' });
  const started = Date.now();
  await expect(app.invoke('admin', 'connect', connectPayload())).rejects.toThrow(
    `Task timed out after ${STOP_AFTER_SECONDS.toFixed(2)} seconds`,
  );
  expect(Date.now() - started).toBeLessThan(5_000);
  // Stopped, not ended: its finally block, which releases the claim, never ran.
  expect(app.proxy.kvs.get(CLAIM)).toEqual({ holder: expect.any(String) });
  // Nothing half-written: no connection, no session.
  expect(app.proxy.kvs.get('connection')).toBeUndefined();
  expect(app.proxy.kvs.secretKeys()).toEqual([]);
  expect(app.host.logs.join('\n')).toContain('replaced after a timeout');

  app.shortenTimeouts(undefined);
  await app.emulator.control.clearFaults();
  // While the claim lasts, another connect is told to wait, not let in.
  const meanwhile = await app.invoke('admin', 'connect', connectPayload());
  expect(meanwhile.result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  // 31 s later (the claim lasts 30 s), though kvs still returns the expired claim.
  app.proxy.kvs.age(CLAIM, 31_000);
  expect(app.proxy.kvs.expired(CLAIM)).toBe(true);
  const next = await app.invoke('admin', 'connect', connectPayload());
  expect(next.result).toMatchObject({ ok: true, data: { connected: true } });
  expect(app.proxy.kvs.get(CLAIM)).toBeUndefined();
});

it('stops an hourly sync half-way at its timeout; once its lock expires the next run proceeds', async () => {
  expect(app.proxy.kvs.get('connection')).toBeDefined();
  app.proxy.kvs.delete('status-snapshot');
  app.shortenTimeouts(STOP_AFTER_SECONDS);
  await app.emulator.control.faults({ mode: 'latency', ms: 6_000 });
  await expect(app.runHourlySync()).rejects.toThrow('Task timed out');
  expect(app.proxy.kvs.get(LOCK)).toEqual({ holder: expect.any(String) });
  expect(app.proxy.kvs.get('status-snapshot')).toBeUndefined();

  app.shortenTimeouts(undefined);
  await app.emulator.control.clearFaults();
  const blocked = await app.runHourlySync();
  expect(blocked.result).toEqual({ statusCode: 204 });
  expect(app.proxy.kvs.get('status-snapshot')).toBeUndefined();
  // The lock lasts the trigger's timeoutSeconds (120): past it, the next run takes it over.
  app.proxy.kvs.age(LOCK, 121_000);
  const next = await app.runHourlySync();
  expect(next.result).toEqual({ statusCode: 204 });
  expect(app.proxy.kvs.get('status-snapshot')).toBeDefined();
  expect(app.proxy.kvs.get(LOCK)).toBeUndefined();
  // The page reads that snapshot.
  const overview = await app.invoke('admin', 'getOverview');
  expect(overview.result).toMatchObject({ ok: true, data: { connected: true } });
});
