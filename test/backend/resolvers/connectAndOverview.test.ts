import { ADMIN_EMAIL, JIRA_TOKEN, data, startTestApp, type TestApp } from '../../support/app';
import { connectFields, connectedOverview } from '../support/siteAdmin';

describe('first run: connect', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp({ connected: false });
  });
  afterEach(() => app.close());

  const connectPayload = () => connectFields(app, 90);

  it('shows an unconnected site as such, to admins and members', async () => {
    expect(data(await app.invoke('admin', 'getOverview'))).toEqual({
      connected: false,
      viewer: { accountId: 'local-admin-0001', isAdmin: true },
    });
    expect(data(await app.invoke('member', 'getOverview'))).toMatchObject({
      connected: false,
      viewer: { isAdmin: false },
    });
  });

  it('registers the site and keeps the service session only as a secret', async () => {
    const overview = data(await app.invoke('admin', 'connect', connectPayload()));
    expect(overview).toMatchObject({
      connected: true,
      region: 'EU',
      serviceRegion: 'EU',
      token: { configured: true, email: ADMIN_EMAIL, lastFour: '1a2b' },
      stale: false,
    });
    expect(app.store.plainDump()).not.toContain(JIRA_TOKEN);
    const session = await app.store.getSecret<{ accessToken: string }>('gitprotect-session');
    expect(session?.accessToken).toEqual(expect.any(String));
    expect(app.store.plainDump()).not.toContain(session?.accessToken);
    expect(overview.connected && overview.audit[0]).toMatchObject({
      action: 'CONNECTED',
      displayName: 'Alex Admin',
    });
  });

  it('refuses a member and a rejected token, and stores nothing', async () => {
    const forbidden = await app.invoke('member', 'connect', connectPayload());
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const rejected = await app.invoke('admin', 'connect', {
      ...connectPayload(),
      token: 'not-a-real-token-but-long-enough',
    });
    expect(rejected).toMatchObject({
      ok: false,
      error: { code: 'TOKEN_REJECTED', field: 'token' },
    });
    expect(app.store.plainDump()).toBe('{}');
    expect(app.store.secretDump()).toBe('{}');
  });

  test.each([
    ['fails', { mode: 'error500' as const, route: 'GET /instance' }],
    ['is too slow', { mode: 'latency' as const, ms: 20_000, route: 'GET /instance' }],
  ])(
    'answers success once committed, although the first read %s: stale and partial',
    async (_, fault) => {
      await app.emulator.control.faults(fault);
      const overview = data(await app.invoke('admin', 'connect', connectPayload()));
      expect(overview).toMatchObject({
        connected: true,
        region: 'EU',
        stale: true,
        partial: true,
        recentJobs: [],
        lastBackup: null,
        schedule: null,
      });
      expect(overview.connected && overview.audit.map((entry) => entry.action)).toEqual([
        'CONNECTED',
      ]);
      expect(overview.connected && overview.alerts[0]?.code).toBe('STALE_DATA');
      await app.emulator.control.clearFaults();
      const live = data(await app.invoke('admin', 'getOverview'));
      expect(live).toMatchObject({ connected: true, stale: false });
      expect(live).not.toHaveProperty('partial');
    },
    30_000,
  );

  it('does not connect twice', async () => {
    data(await app.invoke('admin', 'connect', connectPayload()));
    expect(await app.invoke('admin', 'connect', connectPayload())).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('refuses to act before the site is connected', async () => {
    expect(await app.invoke('admin', 'startBackup')).toMatchObject({
      ok: false,
      error: { code: 'NOT_CONNECTED' },
    });
  });
});

describe('getOverview', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await app.emulator.control.seedHistory();
  });
  afterAll(() => app.close());

  it('gives an admin everything the page shows in one call', async () => {
    const overview = await connectedOverview(app);
    expect(overview).toMatchObject({
      viewer: { isAdmin: true },
      securedProjects: 25,
      siteProjects: 25,
      serviceRegion: 'EU',
      storageRegion: expect.any(String),
      stale: false,
      token: {
        configured: true,
        email: ADMIN_EMAIL,
        lastFour: '1a2b',
        expiresOn: expect.any(String),
      },
    });
    expect(overview.recentJobs.length).toBeGreaterThan(3);
    expect(overview.lastBackup).not.toBeNull();
    expect(['SUCCEEDED', 'SUCCEEDED_WITH_WARNINGS', 'FAILED', 'RUNNING']).toContain(
      overview.status,
    );
    expect(overview.nextBackupAt).toEqual(expect.any(String));
    expect(overview.scheduleVersion).toEqual(expect.any(String));
  });

  it('shows a member the status but no token details and no audit trail', async () => {
    const overview = await connectedOverview(app, 'member');
    expect(overview.viewer.isAdmin).toBe(false);
    expect(overview.token).toEqual({ configured: true });
    expect(overview.audit).toEqual([]);
    expect(overview.securedProjects).toBe(25);
  });

  it('treats the viewer as a member when Jira cannot say who is an admin', async () => {
    app.jira.unavailable = true;
    try {
      const overview = data(await app.invoke('admin', 'getOverview'));
      expect(overview.viewer.isAdmin).toBe(false);
      expect(overview.connected && overview.token).toEqual({ configured: true });
      expect(overview.connected && overview.siteProjects).toBeNull();
    } finally {
      app.jira.unavailable = false;
    }
  });

  it('refuses a payload with fields', async () => {
    expect(await app.invoke('admin', 'getOverview', { verbose: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'verbose' },
    });
  });
});
