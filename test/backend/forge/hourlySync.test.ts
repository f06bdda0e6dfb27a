import type { ProxiedRequest } from '../../support/forgeProxy';
import { startForgeApp, type ForgeApp } from '../../support/forgeApp';

/** The `hourly-sync` scheduled trigger, bundled, in the tunnel's sandbox, with state in kvs. */

jest.setTimeout(120_000);

const LOCK = 'lock:hourly-sync';
const SNAPSHOT = 'status-snapshot';
const SKIPPED = 'Hourly sync skipped: another run holds the lock';

let app: ForgeApp;
beforeAll(async () => {
  app = await startForgeApp();
});
afterAll(() => app?.close());
beforeEach(async () => {
  // A stale snapshot makes every run read the service; no run leaves its lock behind.
  app.proxy.kvs.delete(SNAPSHOT);
  app.proxy.kvs.delete(LOCK);
  await app.emulator.control.clearFaults();
});

const writesTo = (key: string, requests: ProxiedRequest[]) =>
  requests.filter(
    (request) => request.path === '/api/v1/set' && (request.body as { key: string }).key === key,
  );

it('stores a fresh status snapshot in kvs, holding the lock only while it runs', async () => {
  const { result, proxied } = await app.runHourlySync();
  // What function-reference/scheduled-trigger documents as a success; any other shape is a 424.
  expect(result).toEqual({ statusCode: 204 });

  const [lock] = writesTo(LOCK, proxied);
  expect(lock).toMatchObject({
    status: 204,
    body: { options: { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: 120, unit: 'SECONDS' } } },
  });
  expect(writesTo(SNAPSHOT, proxied)).toEqual([expect.objectContaining({ status: 204 })]);
  expect(proxied.at(-1)).toMatchObject({ path: '/api/v1/delete', body: { key: LOCK } });

  const snapshot = app.proxy.kvs.get(SNAPSHOT) as { asOf: string; siteProjects: number };
  // The sandbox's clock, which the emulator follows (not this process's, which may be moved).
  expect(app.emulator.clock.now().getTime() - Date.parse(snapshot.asOf)).toBeLessThan(60_000);
  expect(snapshot.siteProjects).toBe(25);
  expect(app.proxy.kvs.get(LOCK)).toBeUndefined();
  // A scheduled trigger has no user: everything it asks Jira goes as the app.
  const jira = proxied.filter((request) => request.target.type === 'fpp');
  expect(jira.length).toBeGreaterThan(0);
  expect(jira.every((request) => request.as === 'app')).toBe(true);
});

it('keeps the last 50 audit entries, also when there are more than one kvs query page holds', async () => {
  for (let index = 0; index < 120; index += 1) {
    const key = `audit:${String(1_000_000 + index).padStart(13, '0')}:seed${index}`;
    app.proxy.kvs.set(key, { at: new Date(0).toISOString(), action: 'CONNECTED', detail: 'seed' });
  }
  const { proxied } = await app.runHourlySync();
  const queries = proxied.filter((request) => request.path === '/api/v1/query');
  expect(queries.length).toBeGreaterThan(1);
  for (const query of queries) expect(query.status).toBe(200);
  expect(app.proxy.kvs.keys().filter((key) => key.startsWith('audit:'))).toHaveLength(50);
});

it('exits quietly, without an error, when another run holds the lock', async () => {
  app.proxy.kvs.set(LOCK, { holder: 'another-run' }, 120);
  const logged = app.host.logs.length;
  const { result, proxied } = await app.runHourlySync();
  // What function-reference/scheduled-trigger documents as a success; any other shape is a 424.
  expect(result).toEqual({ statusCode: 204 });
  expect(writesTo(LOCK, proxied)).toEqual([
    expect.objectContaining({ status: 409, code: 'KEY_CONFLICT' }),
  ]);
  expect(writesTo(SNAPSHOT, proxied)).toEqual([]);
  expect(proxied.some((request) => request.path.endsWith('/delete'))).toBe(false);
  expect(app.proxy.kvs.get(LOCK)).toEqual({ holder: 'another-run' });
  expect(app.host.logs.slice(logged).join('\n')).toContain(SKIPPED);
});

it('runs once when Forge starts it twice at once: the second run exits quietly', async () => {
  // A slow service keeps the first run inside its lock while the second one starts.
  await app.emulator.control.faults({ mode: 'latency', ms: 1_500 });
  const runs = await Promise.all([app.runHourlySync(), app.runHourlySync()]);
  const proxied = runs.flatMap((run) => run.proxied);
  expect(
    writesTo(LOCK, proxied)
      .map((request) => request.status)
      .sort(),
  ).toEqual([204, 409]);
  expect(writesTo(SNAPSHOT, proxied)).toHaveLength(1);
  expect(app.proxy.kvs.get(LOCK)).toBeUndefined();
  expect(app.proxy.kvs.get(SNAPSHOT)).toBeDefined();
});

describe('with storage as kvs documents it', () => {
  it('takes over the lock of a run Forge stopped once it has expired, though kvs still returns it', async () => {
    // Expired a second ago; kvs may keep such a key for 48 hours (the proxy does).
    app.proxy.kvs.set(LOCK, { holder: 'stopped-run' }, -1);
    expect(app.proxy.kvs.expired(LOCK)).toBe(true);
    const { result, proxied } = await app.runHourlySync();
    expect(result).toEqual({ statusCode: 204 });
    const lockWrites = writesTo(LOCK, proxied);
    expect(lockWrites).toEqual([
      expect.objectContaining({ status: 409, code: 'KEY_CONFLICT' }),
      expect.objectContaining({
        status: 200,
        body: expect.objectContaining({
          options: expect.objectContaining({ keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' }),
        }),
      }),
    ]);
    // It read the lock's expiry, which kvs returns only when asked.
    expect(proxied).toContainEqual(
      expect.objectContaining({
        path: '/api/v1/get',
        body: { key: LOCK, options: { metadataFields: ['EXPIRE_TIME'] } },
        status: 200,
      }),
    );
    expect(writesTo(SNAPSHOT, proxied)).toEqual([expect.objectContaining({ status: 204 })]);
    expect(app.proxy.kvs.get(LOCK)).toBeUndefined();
  });

  it('retries storage that answers 429 RATE_LIMIT_EXCEEDED, and completes the run', async () => {
    app.proxy.failStorage({
      status: 429,
      code: 'RATE_LIMIT_EXCEEDED',
      path: '/api/v1/set',
      count: 2,
    });
    const { result, proxied } = await app.runHourlySync();
    expect(result).toEqual({ statusCode: 204 });
    expect(proxied.filter((request) => request.path === '/api/v1/set').slice(0, 3)).toEqual([
      expect.objectContaining({ status: 429, code: 'RATE_LIMIT_EXCEEDED' }),
      expect.objectContaining({ status: 429, code: 'RATE_LIMIT_EXCEEDED' }),
      expect.objectContaining({ status: 204, body: expect.objectContaining({ key: LOCK }) }),
    ]);
    expect(writesTo(SNAPSHOT, proxied)).toEqual([expect.objectContaining({ status: 204 })]);
    expect(app.proxy.kvs.get(LOCK)).toBeUndefined();
  });
});
