import { CONNECTION_CLAIM_SECONDS, SYNC_LOCK_SECONDS, appState } from '../../../src/app/state';
import type { Store } from '../../../src/ports/store';
import { hourlySync } from '../../../src/triggers/hourlySync';
import { startTestApp, type TestApp } from '../../support/app';

/**
 * The hourly sync's lock names its run. A run that outlives its lock (Forge would have ended it;
 * a slow store or host need not) must not delete, in its `finally`, the lock of the run that
 * took over: only the holder releases it.
 */

const LOCK = 'lock:hourly-sync';
const SNAPSHOT = 'status-snapshot';
const PAST_THE_LOCK_MS = (SYNC_LOCK_SECONDS + 1) * 1000;

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(() => app.close());

/** A store that holds every snapshot write until the test lets it through: a run stopped midway. */
function holdingSnapshotWrites(inner: Store) {
  const held: Array<() => void> = [];
  const store: Store = {
    get: (key) => inner.get(key),
    set: async (key, value) => {
      if (key === SNAPSHOT) await new Promise<void>((resume) => held.push(resume));
      await inner.set(key, value);
    },
    delete: (key) => inner.delete(key),
    setIfAbsent: (key, value, ttlSeconds) => inner.setIfAbsent(key, value, ttlSeconds),
    getWithExpiry: (key) => inner.getWithExpiry(key),
    replace: (key, value, ttlSeconds) => inner.replace(key, value, ttlSeconds),
    list: (prefix, limit) => inner.list(prefix, limit),
    getSecret: (key) => inner.getSecret(key),
    setSecret: (key, value) => inner.setSecret(key, value),
    deleteSecret: (key) => inner.deleteSecret(key),
  };
  return {
    store,
    async waitUntilHeld(count: number) {
      const deadline = Date.now() + 10_000;
      while (held.length < count) {
        if (Date.now() > deadline) throw new Error(`only ${held.length} runs reached the write`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    resume: (index: number) => held[index]?.(),
  };
}

const lockHolder = async () => (await app.store.get<{ holder: string }>(LOCK))?.holder;

it('run A, alive past its lock’s expiry, leaves alone the lock that run B took after it', async () => {
  await app.store.delete(SNAPSHOT);
  const holding = holdingSnapshotWrites(app.store);
  const deps = { ...app.deps, store: holding.store };

  const runA = hourlySync(deps);
  await holding.waitUntilHeld(1);
  const holderA = await lockHolder();
  expect(holderA).toEqual(expect.any(String));

  await app.emulator.control.advance(PAST_THE_LOCK_MS);
  const runB = hourlySync(deps);
  await holding.waitUntilHeld(2);
  const holderB = await lockHolder();
  expect(holderB).toEqual(expect.any(String));
  expect(holderB).not.toBe(holderA);

  holding.resume(0);
  await expect(runA).resolves.toMatchObject({ ran: true });
  expect(await lockHolder()).toBe(holderB);
  // B's lock still works: a third run exits at once.
  await expect(hourlySync(app.deps)).resolves.toEqual({ ran: false, reason: 'ALREADY_RUNNING' });

  holding.resume(1);
  await expect(runB).resolves.toMatchObject({ ran: true });
  expect(await app.store.get(LOCK)).toBeUndefined();
});

it('a run’s lock lasts SYNC_LOCK_SECONDS, the manifest’s timeout for the hourly sync', async () => {
  await app.store.delete(SNAPSHOT);
  const holding = holdingSnapshotWrites(app.store);
  const runA = hourlySync({ ...app.deps, store: holding.store });
  await holding.waitUntilHeld(1);
  const other = appState(app.store);

  await app.emulator.control.advance(SYNC_LOCK_SECONDS * 1000 - 1_000);
  expect(await other.acquireSyncLock('run-B', SYNC_LOCK_SECONDS)).toBe(false);
  await app.emulator.control.advance(2_000);
  expect(await other.acquireSyncLock('run-B', SYNC_LOCK_SECONDS)).toBe(true);

  holding.resume(0);
  await expect(runA).resolves.toMatchObject({ ran: true });
  expect(await lockHolder()).toBe('run-B');
});

it('releases only through the handle that took the lock, and only while it holds it', async () => {
  const runA = appState(app.store);
  const runB = appState(app.store);
  expect(await runA.acquireSyncLock('run-A', SYNC_LOCK_SECONDS)).toBe(true);
  expect(await runB.acquireSyncLock('run-B', SYNC_LOCK_SECONDS)).toBe(false);
  await runB.releaseSyncLock();
  expect(await lockHolder()).toBe('run-A');

  await app.emulator.control.advance(PAST_THE_LOCK_MS);
  expect(await runB.acquireSyncLock('run-B', SYNC_LOCK_SECONDS)).toBe(true);
  await runA.releaseSyncLock();
  expect(await lockHolder()).toBe('run-B');
  await runB.releaseSyncLock();
  expect(await app.store.get(LOCK)).toBeUndefined();
});

describe('a lock Forge stopped a run inside, with expired keys kept 48 hours (as kvs may)', () => {
  // startTestApp's store keeps expired keys readable, and refusing FAIL_IF_EXISTS, for 48 hours.
  it('is taken over as soon as it has expired, not when storage deletes it', async () => {
    expect(await appState(app.store).acquireSyncLock('stopped-run', SYNC_LOCK_SECONDS)).toBe(true);
    // Forge stopped that run: no finally block released the lock.
    await app.emulator.control.advance(PAST_THE_LOCK_MS);
    expect(await app.store.getWithExpiry(LOCK)).toEqual({
      value: { holder: 'stopped-run' },
      expired: true,
    });
    await expect(hourlySync(app.deps)).resolves.toMatchObject({ ran: true });
    expect(await app.store.get(LOCK)).toBeUndefined();
  });

  it('is taken over by exactly one of two runs that try at once', async () => {
    expect(await appState(app.store).acquireSyncLock('stopped-run', SYNC_LOCK_SECONDS)).toBe(true);
    await app.emulator.control.advance(PAST_THE_LOCK_MS);
    const runs = [appState(app.store), appState(app.store), appState(app.store)];
    const taken = await Promise.all(
      runs.map((run, index) => run.acquireSyncLock(`run-${index}`, SYNC_LOCK_SECONDS)),
    );
    expect(taken.filter(Boolean)).toHaveLength(1);
    // Whoever's name it bears, the lock is live: a fourth run waits.
    expect(await appState(app.store).acquireSyncLock('run-late', SYNC_LOCK_SECONDS)).toBe(false);
    for (const run of runs) await run.releaseSyncLock();
    // Released or left to expire, it never blocks for longer than its TTL.
    await app.emulator.control.advance(PAST_THE_LOCK_MS);
    expect(await appState(app.store).acquireSyncLock('run-next', SYNC_LOCK_SECONDS)).toBe(true);
  });

  it('a live lock is never taken over', async () => {
    expect(await appState(app.store).acquireSyncLock('running', SYNC_LOCK_SECONDS)).toBe(true);
    await app.emulator.control.advance(SYNC_LOCK_SECONDS * 1000 - 2_000);
    expect(await appState(app.store).acquireSyncLock('other', SYNC_LOCK_SECONDS)).toBe(false);
    expect(await lockHolder()).toBe('running');
  });

  it('the connection-change claim of a connect Forge stopped is taken over when it expires', async () => {
    const stopped = appState(app.store);
    expect(await stopped.claimConnectionChange('stopped-connect')).toBe(true);
    expect(await appState(app.store).claimConnectionChange('too-soon')).toBe(false);
    await app.emulator.control.advance((CONNECTION_CLAIM_SECONDS + 1) * 1000);
    const next = appState(app.store);
    expect(await next.claimConnectionChange('next-connect')).toBe(true);
    await next.releaseConnectionChange();
    expect(await app.store.get('lock:connection-change')).toBeUndefined();
  });
});
