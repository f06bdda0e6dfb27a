import type { FunctionKey } from '../../../src/contract';
import type { FaultMode } from '../../../dev/emulator';
import { data, startTestApp, type TestApp } from '../../support/app';
import { connectFields, connectedOverview, updateTokenFields } from '../support/siteAdmin';

/**
 * Each fault the emulator can inject, against every resolver and the trigger at once: every
 * call answers well inside Forge's 25 s with the right code or the stale snapshot, and nothing
 * stored is lost or half-written.
 */

const FORGE_LIMIT_MS = 25_000;
const WELL_UNDER_MS = 12_000;

interface Case {
  mode: FaultMode;
  ms?: number;
  /** What every action resolver answers. */
  actions: 'ok' | 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_RATE_LIMITED';
}

const CASES: Case[] = [
  { mode: 'latency', ms: 15_000, actions: 'UPSTREAM_UNAVAILABLE' },
  { mode: 'error500', actions: 'UPSTREAM_UNAVAILABLE' },
  { mode: 'rateLimit', ms: 30_000, actions: 'UPSTREAM_RATE_LIMITED' },
  { mode: 'malformed', actions: 'UPSTREAM_UNAVAILABLE' },
  { mode: 'reset', actions: 'UPSTREAM_UNAVAILABLE' },
  { mode: 'hang', actions: 'UPSTREAM_UNAVAILABLE' },
  { mode: 'expireToken', actions: 'ok' },
];

let faultsInjected = 0;
afterAll(() => console.log(`Faults injected: ${faultsInjected} (fault mode x call)`));

async function prepared(): Promise<{
  app: TestApp;
  fresh: TestApp;
  payloads: Array<[FunctionKey, unknown]>;
}> {
  const [app, fresh] = await Promise.all([startTestApp(), startTestApp({ connected: false })]);
  await app.emulator.control.seedHistory();
  const overview = await connectedOverview(app);
  return {
    app,
    fresh,
    payloads: [
      [
        'saveSchedule',
        { days: ['SAT'], hour: 4, timezone: 'UTC', version: overview.scheduleVersion },
      ],
      ['startBackup', {}],
      ['openManagementService', {}],
      ['updateJiraToken', updateTokenFields(app, 60)],
    ],
  };
}

async function timed<T>(work: Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await work;
  return { result, ms: Date.now() - started };
}

describe.each(CASES)('with the service fault $mode', ({ mode, ms, actions }) => {
  it('every resolver and the trigger answer in time with the right outcome', async () => {
    const { app, fresh, payloads } = await prepared();
    try {
      const snapshotBefore = await app.store.get('status-snapshot');
      const credentialsBefore = await app.store.get('jira-credentials-metadata');
      await app.emulator.control.advance(2 * 3_600_000);
      const fault = { mode, ...(ms === undefined ? {} : { ms }) };
      await Promise.all([app.emulator.control.faults(fault), fresh.emulator.control.faults(fault)]);

      const [trigger, overview, connect, ...others] = await Promise.all([
        timed(app.trigger()),
        timed(app.invoke('admin', 'getOverview')),
        timed(fresh.invoke('admin', 'connect', connectFields(fresh, 60))),
        ...payloads.map(([key, payload]) => timed(app.invoke('admin', key, payload))),
      ]);
      faultsInjected += payloads.length + 3;

      for (const call of [overview, connect, ...others, trigger]) {
        expect(call.ms).toBeLessThan(WELL_UNDER_MS);
        expect(call.ms).toBeLessThan(FORGE_LIMIT_MS);
      }

      if (actions === 'ok') {
        expect(data(overview.result)).toMatchObject({ connected: true, stale: false });
        for (const { result } of others) expect(result).toMatchObject({ ok: true });
        expect(trigger.result).toMatchObject({ ran: true });
        return;
      }

      expect(data(overview.result)).toMatchObject({ connected: true, stale: true });
      expect(connect.result).toMatchObject({ ok: false, error: { code: actions } });
      expect(fresh.store.plainDump()).toBe('{}');
      expect(fresh.store.secretDump()).toBe('{}');
      for (const { result } of others) {
        expect(result).toMatchObject({ ok: false, error: { code: actions } });
        if (actions === 'UPSTREAM_RATE_LIMITED') {
          expect(result).toMatchObject({ error: { retryAfterSeconds: 30 } });
        }
      }
      expect(trigger.result).toMatchObject({ ran: true, snapshot: 'KEPT_PREVIOUS' });
      expect(await app.store.get('status-snapshot')).toEqual(snapshotBefore);
      expect(await app.store.get('jira-credentials-metadata')).toEqual(credentialsBefore);
    } finally {
      await Promise.all([app.close(), fresh.close()]);
    }
  }, 60_000);
});

describe('an expired access token', () => {
  it('is refreshed once, stored, and the call succeeds', async () => {
    const { app, fresh } = await prepared();
    try {
      const before = await app.store.getSecret<{ accessToken: string }>('gitprotect-session');
      await app.emulator.control.faults({ mode: 'expireToken' });
      await app.emulator.control.resetStats();
      expect(data(await app.invoke('admin', 'startBackup'))).toMatchObject({ started: true });
      const after = await app.store.getSecret<{ accessToken: string }>('gitprotect-session');
      expect(after?.accessToken).not.toBe(before?.accessToken);
      expect((await app.emulator.control.stats()).byRoute['POST /auth/refresh']).toBe(1);
    } finally {
      await Promise.all([app.close(), fresh.close()]);
    }
  });
});

describe('a transient failure', () => {
  it.each(['error500', 'reset', 'rateLimit'] as const)(
    '(%s once) is retried and the call succeeds',
    async (mode) => {
      const { app, fresh } = await prepared();
      try {
        await app.emulator.control.faults({ mode, count: 1, ms: 1_000 });
        expect(data(await app.invoke('admin', 'getOverview'))).toMatchObject({ stale: false });
        await app.emulator.control.faults({ mode, count: 1, ms: 1_000 });
        expect(data(await app.invoke('admin', 'startBackup'))).toMatchObject({ started: true });
      } finally {
        await Promise.all([app.close(), fresh.close()]);
      }
    },
    20_000,
  );
});

describe('when Jira itself fails', () => {
  it('the overview still answers (as for a non-admin) and actions are refused', async () => {
    const { app, fresh } = await prepared();
    try {
      app.jira.unavailable = true;
      const overview = data(await app.invoke('admin', 'getOverview'));
      expect(overview).toMatchObject({
        connected: true,
        viewer: { isAdmin: false },
        siteProjects: null,
      });
      expect(await app.invoke('admin', 'startBackup')).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(await app.trigger()).toMatchObject({ ran: true });
    } finally {
      await Promise.all([app.close(), fresh.close()]);
    }
  });
});
