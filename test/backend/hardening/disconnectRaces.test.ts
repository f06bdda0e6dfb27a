import { data, startTestApp, type TestApp } from '../../support/app';
import { connectFields } from '../support/siteAdmin';

/**
 * Issue 22, item 1: a disconnect stays a disconnect. A slow hourly sync or a member's slow
 * overview that read the connection before the disconnect must not bring its session or its
 * snapshot back afterwards. Each race runs many times with random delays on both sides.
 */

jest.setTimeout(120_000);

const RUNS = 50;
const SESSION = 'gitprotect-session';
const SNAPSHOT = 'status-snapshot';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ connected: false });
});
afterAll(() => app.close());

const randomMs = (max: number) => Math.floor(Math.random() * max);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function connectAnew(): Promise<void> {
  await app.emulator.control.clearFaults();
  data(await app.invoke('admin', 'connect', connectFields(app, 90)));
}

/** The stored session, made due for a refresh: the racing reader then writes a new one. */
async function sessionDueForRefresh(withinMs: number): Promise<void> {
  const session = await app.store.getSecret<Record<string, unknown>>(SESSION);
  if (!session) throw new Error('no session stored');
  const expiresAt = new Date(app.emulator.clock.now().getTime() + withinMs).toISOString();
  await app.store.setSecret(SESSION, { ...session, accessTokenExpiresAt: expiresAt });
}

async function leftBehind() {
  return {
    connection: await app.store.get('connection'),
    session: await app.store.getSecret(SESSION),
    snapshot: await app.store.get(SNAPSHOT),
  };
}

const nothing = { connection: undefined, session: undefined, snapshot: undefined };

it(`the hourly sync racing a disconnect leaves nothing behind (${RUNS} runs)`, async () => {
  for (let run = 0; run < RUNS; run += 1) {
    await connectAnew();
    // Due within the sync's refresh window, and its snapshot old enough to be read again.
    await sessionDueForRefresh(86_400_000);
    await app.store.delete(SNAPSHOT);
    await app.emulator.control.faults({
      mode: 'latency',
      ms: randomMs(150),
      route: 'POST /auth/refresh',
    });
    const sync = app.trigger();
    await sleep(randomMs(200));
    const disconnected = await app.invoke('admin', 'disconnect');
    await sync;
    expect({ run, disconnected }).toMatchObject({ run, disconnected: { ok: true } });
    expect({ run, ...(await leftBehind()) }).toEqual({ run, ...nothing });
  }
});

it(`a member's slow overview racing a disconnect leaves nothing behind (${RUNS} runs)`, async () => {
  for (let run = 0; run < RUNS; run += 1) {
    await connectAnew();
    // Expiring within the minute: the overview's first call refreshes the session.
    await sessionDueForRefresh(30_000);
    await app.store.delete(SNAPSHOT);
    await app.emulator.control.faults({
      mode: 'latency',
      ms: randomMs(150),
      route: 'GET /instance',
    });
    const overview = app.invoke('member', 'getOverview');
    await sleep(randomMs(200));
    const disconnected = await app.invoke('admin', 'disconnect');
    await overview;
    expect({ run, disconnected }).toMatchObject({ run, disconnected: { ok: true } });
    expect({ run, ...(await leftBehind()) }).toEqual({ run, ...nothing });
  }
});

it('a new connection never shows what was read for the one before it', async () => {
  await connectAnew();
  data(await app.invoke('admin', 'startBackup'));
  await app.store.delete(SNAPSHOT);
  data(await app.invoke('admin', 'getOverview'));
  const earlier = await app.store.get<{ recentJobs: unknown[] }>(SNAPSHOT);
  expect(earlier?.recentJobs.length).toBeGreaterThan(0);
  data(await app.invoke('admin', 'disconnect'));
  // The earlier connection's reading, written back late, as a racing reader would have.
  await app.store.set(SNAPSHOT, earlier);
  await app.emulator.control.faults({ mode: 'error500', route: 'GET /instance' });
  const overview = data(await app.invoke('admin', 'connect', connectFields(app, 90)));
  expect(overview).toMatchObject({ connected: true, partial: true, recentJobs: [] });
  expect(await app.invoke('admin', 'getOverview')).toMatchObject({
    ok: false,
    error: { code: 'UPSTREAM_UNAVAILABLE' },
  });
});
