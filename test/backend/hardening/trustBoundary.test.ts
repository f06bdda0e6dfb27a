import type { AuditEntry } from '../../../src/contract';
import { REPLY_LIMITS } from '../../../src/adapters/gitprotect/transport';
import { appState } from '../../../src/app/state';
import { isUpstreamError } from '../../../src/ports/upstreamError';
import type { ManagementService, ServiceSession } from '../../../src/ports/managementService';
import { JIRA_TOKEN, data, startTestApp, type TestApp } from '../../support/app';
import { type Recorder, rss, startRecorder } from '../../support/recorder';
import { connectFields, connectedOverview, updateTokenFields } from '../support/siteAdmin';

/**
 * Issue 11, items 1, 2, 3 and the client's part of 9: what a hostile or broken Management
 * Service can do to the app through the real client and resolvers, over loopback HTTP.
 */

jest.setTimeout(60_000);

const SECRET_QUERY = 'stolen=QUERY-SECRET-4711';
const MB = 1024 * 1024;

let app: TestApp;
let fresh: TestApp;
let recorder: Recorder;

beforeAll(async () => {
  [app, fresh, recorder] = await Promise.all([
    startTestApp(),
    startTestApp({ connected: false }),
    startRecorder(),
  ]);
});
afterAll(() => Promise.all([app.close(), fresh.close(), recorder.close()]));
beforeEach(() =>
  Promise.all([app.emulator.control.clearFaults(), fresh.emulator.control.clearFaults()]),
);

async function requestsTo(which: TestApp, route: string): Promise<number> {
  return (await which.emulator.control.stats()).byRoute[route] ?? 0;
}

async function auditActions(): Promise<string[]> {
  const entries = await app.store.list<AuditEntry>('audit:', 100);
  return entries.map((entry) => entry.value.action);
}

function client(): ManagementService {
  const connection = { region: 'EU' as const };
  return app.deps.services.instance(connection.region, appState(app.store).sessionVault());
}

function logsSince(which: TestApp, from: number): string {
  return which.logLines.slice(from).join('\n');
}

describe('1. redirects are never followed', () => {
  const where = () => [
    ['http', `${recorder.url}/steal?${SECRET_QUERY}`],
    ['https', `https://127.0.0.1:${recorder.port}/steal?${SECRET_QUERY}`],
  ];

  describe.each([302, 307, 308])('a %i', (status) => {
    it.each(['http', 'https'])(
      'from PUT /instance/credentials to an %s address: the token goes nowhere, nothing is stored',
      async (scheme) => {
        const location = where().find(([s]) => s === scheme)?.[1] as string;
        const before = {
          credentials: await app.store.get('jira-credentials-metadata'),
          audit: await auditActions(),
          connections: recorder.connections(),
          logs: app.logLines.length,
        };
        await app.emulator.control.resetStats();
        await app.emulator.control.faults({
          mode: 'redirect',
          status,
          location,
          route: 'PUT /instance/credentials',
        });

        const result = await app.invoke(
          'admin',
          'updateJiraToken',
          updateTokenFields(app, 90, `${JIRA_TOKEN}R${status}`),
        );

        expect(result).toMatchObject({ ok: false, error: { code: 'UPSTREAM_UNAVAILABLE' } });
        expect(recorder.connections()).toBe(before.connections);
        expect(recorder.everything()).not.toContain(JIRA_TOKEN);
        expect(await app.store.get('jira-credentials-metadata')).toEqual(before.credentials);
        expect(await auditActions()).toEqual(before.audit);
        expect(await requestsTo(app, 'PUT /instance/credentials')).toBe(1);
        const logs = logsSince(app, before.logs);
        expect(logs).toContain(`"status":${status}`);
        expect(logs).toMatch(/redirect/);
        expect(logs).not.toContain('QUERY-SECRET');
        expect(logs).not.toContain('/steal');
        expect(JSON.stringify(result)).not.toContain('QUERY-SECRET');
      },
    );

    it('from POST /instances: connect sends the token nowhere else and stores nothing', async () => {
      const connections = recorder.connections();
      await fresh.emulator.control.resetStats();
      await fresh.emulator.control.faults({
        mode: 'redirect',
        status,
        location: `${recorder.url}/steal?${SECRET_QUERY}`,
        route: 'POST /instances',
      });

      const result = await fresh.invoke('admin', 'connect', connectFields(fresh, 90));

      expect(result).toMatchObject({ ok: false, error: { code: 'UPSTREAM_UNAVAILABLE' } });
      expect(recorder.connections()).toBe(connections);
      expect(recorder.everything()).not.toContain(JIRA_TOKEN);
      expect(fresh.store.plainDump()).toBe('{}');
      expect(fresh.store.secretDump()).toBe('{}');
      expect(await requestsTo(fresh, 'POST /instances')).toBe(1);
      expect(fresh.logLines.join('\n')).not.toContain('QUERY-SECRET');
    });
  });

  it('is never retried, even on a call that is safe to repeat', async () => {
    await app.emulator.control.resetStats();
    await app.emulator.control.faults({ mode: 'redirect', status: 301, route: 'GET /instance' });
    const error = await client()
      .getSummary()
      .catch((thrown: unknown) => thrown);
    expect(isUpstreamError(error, 'MALFORMED')).toBe(true);
    expect(String(error)).toMatch(/redirect \(HTTP 301\)/);
    expect(await requestsTo(app, 'GET /instance')).toBe(1);
  });
});

describe('2. replies have a size limit', () => {
  it('an endless reply ends with a clear error, having read no more than its limit', async () => {
    const logs = app.logLines.length;
    await app.emulator.control.faults({ mode: 'oversize', route: 'GET /instance/backups' });
    const before = rss();
    const error = await client()
      .listJobs(10)
      .catch((thrown: unknown) => thrown);
    const grown = rss() - before;

    expect(isUpstreamError(error, 'MALFORMED')).toBe(true);
    expect(String(error)).toContain(`larger than ${REPLY_LIMITS.jobPage} bytes`);
    expect(grown).toBeLessThan(50 * MB);
    expect(logsSince(app, logs)).toMatch(/larger than the contract allows/);
  });

  it('a huge but finite summary is refused at its own, smaller limit', async () => {
    await app.emulator.control.faults({
      mode: 'oversize',
      bytes: 5_000_000,
      route: 'GET /instance',
    });
    const before = rss();
    const error = await client()
      .getSummary()
      .catch((thrown: unknown) => thrown);
    expect(isUpstreamError(error, 'MALFORMED')).toBe(true);
    expect(String(error)).toContain(`larger than ${REPLY_LIMITS.summary} bytes`);
    expect(rss() - before).toBeLessThan(50 * MB);
  });

  it('an endless reply leaves the page with the stored snapshot, marked stale', async () => {
    await app.emulator.control.faults({ mode: 'oversize', route: 'GET /instance/backups' });
    const overview = await connectedOverview(app, 'member');
    expect(overview.stale).toBe(true);
  });

  it('2,000 jobs sent for 10 asked: 10 are kept, shown and stored', async () => {
    const logs = app.logLines.length;
    await app.emulator.control.faults({
      mode: 'oversize',
      bytes: 440_000,
      route: 'GET /instance/backups',
    });
    const overview = await connectedOverview(app);

    const cut = logsSince(app, logs)
      .split('\n')
      .map((line) => JSON.parse(line) as { message: string; sent?: number; asked?: number })
      .find((line) => line.message.startsWith('GitProtect sent more jobs than asked for'));
    expect(cut?.asked).toBe(10);
    expect(cut?.sent).toBeGreaterThanOrEqual(2_000);
    expect(overview.stale).toBe(false);
    expect(overview.recentJobs.map((job) => job.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `job_flood_${i}`),
    );
    const state = appState(app.store);
    const connection = await state.connection();
    const stored = connection && (await state.snapshot(connection));
    expect(stored?.recentJobs).toHaveLength(10);
    expect(JSON.stringify(stored).length).toBeLessThan(20_000);
  });

  describe('when the snapshot cannot be stored', () => {
    let restore: () => void;
    beforeEach(() => {
      const original = app.store.set.bind(app.store);
      app.store.set = async <T>(key: string, value: T) => {
        if (key === 'status-snapshot') throw new Error('Value is larger than 240 KiB');
        return original(key, value);
      };
      restore = () => {
        app.store.set = original;
      };
    });
    afterEach(() => restore());

    it('getOverview still answers live, with or without an earlier snapshot', async () => {
      const logs = app.logLines.length;
      await app.emulator.control.advance(10 * 60_000);
      expect((await connectedOverview(app)).stale).toBe(false);

      await app.store.delete('status-snapshot');
      expect((await connectedOverview(app, 'member')).stale).toBe(false);
      expect(logsSince(app, logs)).toContain('Could not store the status snapshot');
    });

    it('the hourly sync still finishes, and says the snapshot was not stored', async () => {
      await app.emulator.control.advance(2 * 3_600_000);
      const logs = app.logLines.length;
      const outcome = await app.trigger();
      expect(outcome).toMatchObject({ ran: true, snapshot: 'KEPT_PREVIOUS' });
      const lines = logsSince(app, logs);
      expect(lines).toContain('Could not store the status snapshot');
      expect(lines).not.toContain('could not read the service');
    });
  });
});

describe('3. a retried write after a lost answer', () => {
  /** Longer than the client's 5 s per attempt: the first attempt commits, its answer is lost. */
  const LOST_ANSWER = { mode: 'slowReply' as const, ms: 5_100, count: 1 };

  it('saveSchedule: the retry meets 412 with its own schedule, which is success, audited once', async () => {
    const overview = await connectedOverview(app);
    const audited = (await auditActions()).filter((a) => a === 'SCHEDULE_CHANGED').length;
    await app.emulator.control.resetStats();
    await app.emulator.control.faults({ ...LOST_ANSWER, route: 'PUT /instance/plan/schedule' });
    const wanted = { days: ['TUE', 'SAT'], hour: 3, timezone: 'Europe/Warsaw' };

    const saved = data(
      await app.invoke('admin', 'saveSchedule', { ...wanted, version: overview.scheduleVersion }),
    );

    expect(await requestsTo(app, 'PUT /instance/plan/schedule')).toBe(2);
    expect(saved.schedule).toMatchObject(wanted);
    expect(saved.schedule.version).not.toBe(overview.scheduleVersion);
    expect((await auditActions()).filter((a) => a === 'SCHEDULE_CHANGED')).toHaveLength(
      audited + 1,
    );
    const after = await connectedOverview(app);
    expect(after.schedule).toEqual(saved.schedule);
  });

  it('saveSchedule: a replay with a stale version of the schedule stored now is not a second change', async () => {
    const overview = await connectedOverview(app);
    const wanted = { days: ['WED'], hour: 7, timezone: 'UTC', version: overview.scheduleVersion };
    const audited = (await auditActions()).filter((a) => a === 'SCHEDULE_CHANGED').length;
    const first = data(await app.invoke('admin', 'saveSchedule', wanted));
    const replayed = data(await app.invoke('admin', 'saveSchedule', wanted));
    expect(replayed.schedule).toEqual(first.schedule);
    expect((await auditActions()).filter((a) => a === 'SCHEDULE_CHANGED')).toHaveLength(
      audited + 1,
    );
  });

  it('saveSchedule: a stale version with another schedule stored is still a CONFLICT', async () => {
    const overview = await connectedOverview(app);
    data(
      await app.invoke('secondAdmin', 'saveSchedule', {
        days: ['MON'],
        hour: 1,
        timezone: 'UTC',
        version: overview.scheduleVersion,
      }),
    );
    const late = await app.invoke('admin', 'saveSchedule', {
      days: ['SUN'],
      hour: 5,
      timezone: 'UTC',
      version: overview.scheduleVersion,
    });
    expect(late).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', current: { days: ['MON'], hour: 1, timezone: 'UTC' } },
    });
  });

  it('updateJiraToken: the repeated replace succeeds and the token details are stored', async () => {
    await app.emulator.control.resetStats();
    await app.emulator.control.faults({ ...LOST_ANSWER, route: 'PUT /instance/credentials' });
    const token = `${JIRA_TOKEN}Lost`;
    const result = await app.invoke('admin', 'updateJiraToken', updateTokenFields(app, 120, token));
    expect(data(result)).toMatchObject({ lastFour: 'Lost' });
    expect(await requestsTo(app, 'PUT /instance/credentials')).toBe(2);
  });

  it('startBackup: the repeated start with the same Idempotency-Key starts one job', async () => {
    const jobsBefore = (await connectedOverview(app)).recentJobs;
    await app.emulator.control.resetStats();
    await app.emulator.control.faults({ ...LOST_ANSWER, route: 'POST /instance/backups' });
    const started = data(await app.invoke('admin', 'startBackup'));
    expect(await requestsTo(app, 'POST /instance/backups')).toBe(2);
    const jobsAfter = (await connectedOverview(app)).recentJobs;
    const newJobs = jobsAfter.filter((job) => !jobsBefore.some((old) => old.id === job.id));
    expect(newJobs.map((job) => job.id)).toEqual([started.job.id]);
  });

  it('startBackup: the repeat that meets its own job reports it started, audited once', async () => {
    const audited = (await auditActions()).filter((a) => a === 'BACKUP_STARTED').length;
    await app.emulator.control.faults({ ...LOST_ANSWER, route: 'POST /instance/backups' });
    const started = data(await app.invoke('admin', 'startBackup'));
    expect(started.started).toBe(true);
    expect((await auditActions()).filter((a) => a === 'BACKUP_STARTED')).toHaveLength(audited + 1);
  });
});

describe('9. values from outside never reach a header or the page unchecked', () => {
  it.each([
    ['*', '*'],
    ['a CR LF header injection', 'v1\r\nX-Injected: 1'],
    ['a control character', 'v\u0001'],
    ['a non-Latin-1 character', 'wersja-ą'],
    ['a space', 'ver sion'],
    ['quotes', '"abc"'],
  ])(
    'a schedule version with %s is refused before any request, not as an outage',
    async (_, version) => {
      const overview = await connectedOverview(app);
      await app.emulator.control.resetStats();
      const result = await app.invoke('admin', 'saveSchedule', {
        days: ['MON'],
        hour: 2,
        timezone: 'UTC',
        version,
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(['INVALID_INPUT', 'CONFLICT']).toContain(result.error.code);
      if (result.error.code === 'CONFLICT') {
        expect(result.error.currentVersion).toBe(overview.scheduleVersion);
      }
      expect(await requestsTo(app, 'PUT /instance/plan/schedule')).toBe(0);
    },
  );

  it.each([
    ['100000000000000000000', 'seconds'],
    ['Fri, 31 Dec 9999 23:59:59 GMT', 'an HTTP date'],
  ])('a Retry-After of %s (%s) is clamped to an hour', async (retryAfter) => {
    await app.emulator.control.faults({
      mode: 'rateLimit',
      retryAfter,
      route: 'POST /instance/backups',
    });
    const result = await app.invoke('admin', 'startBackup');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'UPSTREAM_RATE_LIMITED', retryAfterSeconds: 3_600 },
    });
  });

  describe('a 400 from /auth/refresh', () => {
    let session: ServiceSession | undefined;
    beforeEach(async () => {
      session = await app.store.getSecret<ServiceSession>('gitprotect-session');
      if (!session) throw new Error('expected a session');
      // Our bug: a refresh token longer than the contract allows, with the access token expired.
      await app.store.setSecret('gitprotect-session', {
        ...session,
        refreshToken: `${session.refreshToken}${'x'.repeat(2_000)}`,
        accessTokenExpiresAt: new Date(0).toISOString(),
      });
    });
    afterEach(() => app.store.setSecret('gitprotect-session', session));

    it('is not "connect the site again" but a logged malformed request', async () => {
      const logs = app.logLines.length;
      const error = await client()
        .getSummary()
        .catch((thrown: unknown) => thrown);
      expect(isUpstreamError(error)).toBe(true);
      expect(isUpstreamError(error, 'CONNECTION_LOST')).toBe(false);
      expect(String(error)).not.toMatch(/connect the site/i);

      const result = await app.invoke('admin', 'startBackup');
      expect(result).toMatchObject({ ok: false, error: { code: 'UPSTREAM_UNAVAILABLE' } });
      expect(JSON.stringify(result)).not.toMatch(/reconnect|sign-in/i);
      const lines = logsSince(app, logs);
      expect(lines).toContain('GitProtect refused the session refresh request as malformed');
      expect(lines).toContain('"status":400');
    });
  });
});
