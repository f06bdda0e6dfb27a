import { isUpstreamError } from '../../../src/ports/upstreamError';
import { type TestEmulator, startTestEmulator } from '../../support/emulator';
import { ADMIN, type Harness, JIRA, SITE, connect, failureOf, harness } from './harness';

/** The client's calls against the emulator over loopback HTTP, every exchange checked. */

const MONDAY_MORNING = new Date('2026-11-23T10:00:00Z');

let emulator: TestEmulator;
let h: Harness;

beforeAll(async () => {
  emulator = await startTestEmulator({ startAt: MONDAY_MORNING, projectDurationMs: 60_000 });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await emulator.control.reset();
  h = harness(emulator);
});
afterEach(() => expect(h.violations).toEqual([]));

describe('register', () => {
  it('creates the instance in the chosen region and opens a 30-day session', async () => {
    const { registration } = await connect(h);
    expect(registration.instanceId).toMatch(/^inst_/);
    expect(registration.managementHost).toMatch(/^acme-[0-9a-f]+\.eu\.app\.gitprotect\.io$/);
    expect(
      Date.parse(registration.session.accessTokenExpiresAt) - MONDAY_MORNING.getTime(),
    ).toBeGreaterThanOrEqual(30 * 86_400_000);
  });

  it('returns the same instance, with a new session, when the site registers again', async () => {
    const first = await connect(h);
    const second = await connect(h);
    expect(second.registration.instanceId).toBe(first.registration.instanceId);
    expect(second.registration.session.accessToken).not.toBe(
      first.registration.session.accessToken,
    );
    await expect(first.service.getSummary()).resolves.toMatchObject({ securedProjects: 25 });
  });

  it('refuses a token that is not an Atlassian API token', async () => {
    const { error } = await failureOf(() =>
      h.directory.register('EU', SITE, { ...JIRA, apiToken: 'my-password' }),
    );
    expect(isUpstreamError(error, 'CREDENTIALS_REJECTED')).toBe(true);
    expect(String(error)).not.toContain('my-password');
  });

  it('refuses a token whose expiry date has passed', async () => {
    const { error } = await failureOf(() =>
      h.directory.register('EU', SITE, { ...JIRA, expiresOn: '2026-11-01' }),
    );
    expect(isUpstreamError(error, 'CREDENTIALS_REJECTED')).toBe(true);
  });

  it('keeps a site registered in one region out of the others', async () => {
    await connect(h, { region: 'EU' });
    const { error } = await failureOf(() => h.directory.register('US', SITE, JIRA));
    // Its own failure, naming where the site is (issue 11), no longer a generic CONFLICT.
    expect(isUpstreamError(error, 'REGISTERED_IN_OTHER_REGION')).toBe(true);
    expect((error as { detail?: unknown }).detail).toEqual({ region: 'EU' });
  });
});

describe('a connected instance', () => {
  it('summarises what the app page shows', async () => {
    const { service, registration } = await connect(h);
    await expect(service.getSummary()).resolves.toEqual({
      instanceId: registration.instanceId,
      serviceRegion: 'EU',
      storageRegion: 'eu-central-1',
      securedProjects: 25,
      visibleProjects: 25,
      // Nothing has been backed up yet.
      protectedProjects: 0,
      credentialsStatus: 'VALID',
      lastJob: null,
      runningJob: null,
      nextBackupAt: '2026-11-24T02:00:00.000Z',
    });
  });

  it('starts without a plan, then stores a schedule under a new version', async () => {
    const { service } = await connect(h);
    const initial = await service.getSchedule();
    expect(initial.schedule).toBeNull();

    const schedule = { days: ['MON' as const, 'THU' as const], hour: 3, timezone: 'Europe/Warsaw' };
    const saved = await service.replaceSchedule(schedule, initial.version);
    expect(saved).toEqual({ ...schedule, version: expect.any(String) });
    expect(saved.version).not.toBe(initial.version);
    await expect(service.getSchedule()).resolves.toEqual({ version: saved.version, schedule });
    await expect(service.getSummary()).resolves.toMatchObject({
      nextBackupAt: '2026-11-26T02:00:00.000Z',
    });
  });

  it('reports a stale version as CONFLICT with what is stored now', async () => {
    const { service } = await connect(h);
    const { version: stale } = await service.getSchedule();
    const current = await service.replaceSchedule(
      { days: ['SUN'], hour: 22, timezone: 'UTC' },
      stale,
    );

    const { error } = await failureOf(() =>
      service.replaceSchedule({ days: ['MON'], hour: 1, timezone: 'UTC' }, stale),
    );
    expect(isUpstreamError(error, 'CONFLICT')).toBe(true);
    expect((error as { detail: unknown }).detail).toEqual({
      version: current.version,
      schedule: { days: ['SUN'], hour: 22, timezone: 'UTC' },
    });
  });

  it('starts one backup, and returns that running job instead of starting a second', async () => {
    const { service } = await connect(h);
    const first = await service.startBackup(ADMIN, 'click-1');
    expect(first).toEqual({
      created: true,
      job: {
        id: expect.any(String),
        outcome: 'RUNNING',
        startedAt: expect.any(String),
        finishedAt: null,
        projectsTotal: 25,
        projectsSucceeded: 0,
        projectsFailed: 0,
        trigger: { kind: 'ADMIN', ...ADMIN },
      },
    });
    const second = await service.startBackup(
      { accountId: 'other', displayName: 'Other Admin' },
      'click-2',
    );
    expect(second).toEqual({ created: false, job: first.job });
    const repeated = await service.startBackup(ADMIN, 'click-1');
    expect(repeated).toEqual({ created: false, job: first.job });
    await expect(service.getSummary()).resolves.toMatchObject({ runningJob: first.job });
  });

  it('starts exactly one job when ten admins click at once', async () => {
    const { service } = await connect(h);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => service.startBackup(ADMIN, `click-${i}`)),
    );
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.job.id)).size).toBe(1);
    await expect(service.listJobs(20)).resolves.toHaveLength(1);
  });

  it('lists jobs newest first, within the limit', async () => {
    const { service } = await connect(h);
    await emulator.control.seedHistory({ weeks: 2 });
    const { job } = await service.startBackup(ADMIN, 'latest');

    const jobs = await service.listJobs(5);
    expect(jobs).toHaveLength(5);
    expect(jobs[0]).toEqual(job);
    const starts = jobs.map((listed) => Date.parse(listed.startedAt));
    expect([...starts].sort((a, b) => b - a)).toEqual(starts);
    await expect(service.listJobs(500)).resolves.toHaveLength(16);
  });

  it('replaces the Jira credentials, and refuses ones Jira would reject', async () => {
    const { service } = await connect(h);
    await expect(
      service.updateCredentials({
        ...JIRA,
        apiToken: `${JIRA.apiToken}X`,
        expiresOn: '2027-11-01',
      }),
    ).resolves.toBeUndefined();

    const { error } = await failureOf(() =>
      service.updateCredentials({ ...JIRA, apiToken: 'ATATT-short' }),
    );
    expect(isUpstreamError(error, 'CREDENTIALS_REJECTED')).toBe(true);
    expect((error as Error).message).toMatch(/Jira did not accept/);
    expect((error as Error).message).not.toContain('ATATT-short');
  });

  it('creates a one-time sign-in link to the Management Service of this instance', async () => {
    const { service, registration } = await connect(h);
    const first = await service.createSsoUrl(ADMIN);
    const second = await service.createSsoUrl(ADMIN);
    expect(first.url).toMatch(
      new RegExp(`^https://${registration.managementHost.replaceAll('.', '\\.')}/sso/[\\w-]+$`),
    );
    expect(second.url).not.toBe(first.url);
    expect(Date.parse(first.expiresAt)).toBeGreaterThan(MONDAY_MORNING.getTime());
  });

  it('reports an instance of another region as CONNECTION_LOST (404 instance_not_found)', async () => {
    const { vault } = await connect(h);
    const { error } = await failureOf(() => h.directory.instance('AU', vault).getSummary());
    expect(isUpstreamError(error, 'CONNECTION_LOST')).toBe(true);
  });

  it('needs a session before it can call', async () => {
    const { error } = await failureOf(() =>
      h.directory
        .instance('EU', { read: async () => undefined, write: async () => undefined })
        .getSummary(),
    );
    expect(isUpstreamError(error, 'CONNECTION_LOST')).toBe(true);
  });

  it('logs each request by method, path, status, attempt and time, never a secret', async () => {
    const { service, registration } = await connect(h);
    await service.listJobs(3);
    await service.updateCredentials(JIRA);
    const logged = JSON.stringify(h.logs);
    for (const secret of [
      JIRA.apiToken,
      registration.session.accessToken,
      registration.session.refreshToken,
    ]) {
      expect(logged).not.toContain(secret);
    }
    expect(logged).not.toContain('limit=');
    for (const line of h.logs) {
      expect(Object.keys(line.fields ?? {}).sort()).toEqual([
        'attempt',
        'elapsedMs',
        'method',
        'path',
        'status',
      ]);
    }
    expect(h.logs.map((line) => line.fields?.path)).toEqual([
      '/instances',
      '/instance/backups',
      '/instance/credentials',
    ]);
  });
});
