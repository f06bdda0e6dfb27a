import type { ManagementServiceDirectory } from '../../../src/ports/managementService';
import { ADMIN_EMAIL, data, isoDay, startTestApp, type TestApp } from '../../support/app';
import { connectedOverview } from '../support/siteAdmin';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(() => app.close());

async function currentVersion() {
  const overview = await connectedOverview(app);
  return overview.scheduleVersion;
}

describe('saveSchedule', () => {
  const weekdays = {
    days: ['MON', 'TUE', 'WED', 'THU', 'FRI'],
    hour: 2,
    timezone: 'Europe/Warsaw',
  };

  it('saves the days and hour and returns the next three backups in that zone', async () => {
    const saved = data(
      await app.invoke('admin', 'saveSchedule', { ...weekdays, version: await currentVersion() }),
    );
    expect(saved.schedule).toMatchObject(weekdays);
    expect(saved.nextBackups).toHaveLength(3);
    for (const at of saved.nextBackups) {
      const local = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Warsaw',
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(at));
      expect(local).toMatch(/^(Mon|Tue|Wed|Thu|Fri) 02:00$/);
    }
    const overview = data(await app.invoke('admin', 'getOverview'));
    expect(overview.connected && overview.schedule).toMatchObject(weekdays);
    expect(overview.connected && overview.audit[0]).toMatchObject({ action: 'SCHEDULE_CHANGED' });
  });

  it('answers CONFLICT with the current schedule when someone saved first, and keeps theirs', async () => {
    const version = await currentVersion();
    data(await app.invoke('admin', 'saveSchedule', { ...weekdays, version }));
    const late = await app.invoke('admin', 'saveSchedule', {
      days: ['SUN'],
      hour: 5,
      timezone: 'UTC',
      version,
    });
    expect(late).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', current: weekdays, currentVersion: expect.any(String) },
    });
    expect(late.ok === false && late.error.currentVersion).not.toBe(version);
    const overview = data(await app.invoke('admin', 'getOverview'));
    expect(overview.connected && overview.schedule).toMatchObject(weekdays);
  });

  it('refuses members and invalid schedules without calling the service', async () => {
    const version = await currentVersion();
    await app.emulator.control.resetStats();
    expect(await app.invoke('member', 'saveSchedule', { ...weekdays, version })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await app.invoke('admin', 'saveSchedule', { ...weekdays, hour: 24, version }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'hour' },
    });
    expect((await app.emulator.control.stats()).requests).toBe(0);
  });
});

describe('startBackup', () => {
  it('starts one job and returns the running one on a second call', async () => {
    const first = data(await app.invoke('admin', 'startBackup'));
    expect(first).toMatchObject({ started: true, job: { outcome: 'RUNNING', projectsTotal: 25 } });
    expect(first.job.trigger).toEqual({
      kind: 'ADMIN',
      accountId: 'local-admin-0001',
      displayName: 'Alex Admin',
    });
    const second = data(await app.invoke('admin', 'startBackup'));
    expect(second).toEqual({ started: false, job: expect.objectContaining({ id: first.job.id }) });
    const overview = await connectedOverview(app);
    expect(overview.status).toBe('RUNNING');
    expect(overview.audit.filter((entry) => entry.action === 'BACKUP_STARTED')).toHaveLength(1);
  });

  it('lets the job finish as the service clock moves on', async () => {
    data(await app.invoke('admin', 'startBackup'));
    await app.emulator.control.advance(60 * 60_000);
    const overview = await connectedOverview(app);
    expect(overview.status).toBe('SUCCEEDED');
    expect(overview.lastBackup).toMatchObject({ projectsSucceeded: 25, projectsFailed: 0 });
  });

  it('refuses a member', async () => {
    expect(await app.invoke('member', 'startBackup')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('fails closed when the admin check itself fails', async () => {
    app.jira.unavailable = true;
    expect(await app.invoke('admin', 'startBackup')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('openManagementService', () => {
  it('returns a one-time https link on the instance host', async () => {
    const { url } = data(await app.invoke('admin', 'openManagementService'));
    const connection = await app.store.get<{ managementHost: string }>('connection');
    expect(new URL(url).protocol).toBe('https:');
    expect(new URL(url).hostname).toBe(connection?.managementHost);
    expect(await app.invoke('member', 'openManagementService')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  test.each([
    ['backslashes', (host: string) => `https:\\\\${host}\\sso?code=one`],
    [
      'upper case and the default port',
      (host: string) => `HTTPS://${host.toUpperCase()}:443/sso?code=one`,
    ],
    ['a zero-width space after the host', (host: string) => `https://${host}\u200b/sso?code=one`],
  ])('hands over the canonical form of a link written with %s', async (_, written) => {
    const connection = await app.store.get<{ managementHost: string }>('connection');
    const host = connection?.managementHost ?? '';
    const real = app.deps.services;
    app.deps.services = {
      register: real.register,
      instance: (region, vault, options) => ({
        ...real.instance(region, vault, options),
        createSsoUrl: async () => ({ url: written(host), expiresAt: '' }),
      }),
    };
    const { createResolverHandler } = await import('../../../src/resolvers');
    const result = await createResolverHandler(app.deps)(
      { call: { functionKey: 'openManagementService', payload: {} }, context: {} },
      { principal: { accountId: 'local-admin-0001' }, installContext: 'ari:cloud:jira::site/x' },
    );
    expect(result).toEqual({ ok: true, data: { url: `https://${host}/sso?code=one` } });
  });

  it('refuses a link that is not https on the instance host, and logs it without its query', async () => {
    const real = app.deps.services;
    const hostile: ManagementServiceDirectory = {
      register: real.register,
      instance: (region, vault, options) => ({
        ...real.instance(region, vault, options),
        createSsoUrl: async () => ({
          url: 'http://evil.example/sso?code=one-time-secret',
          expiresAt: '',
        }),
      }),
    };
    app.deps.services = hostile;
    const { createResolverHandler } = await import('../../../src/resolvers');
    const handler = createResolverHandler(app.deps);
    const result = await handler(
      { call: { functionKey: 'openManagementService', payload: {} }, context: {} },
      { principal: { accountId: 'local-admin-0001' }, installContext: 'ari:cloud:jira::site/x' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(JSON.stringify(result)).not.toContain('evil.example');
    const logged = app.logLines.join('\n');
    expect(logged).toContain('http://evil.example');
    expect(logged).not.toContain('one-time-secret');
  });
});

describe('updateJiraToken', () => {
  const newToken = 'ATATT3xFfGF0NEWtokenNEWtokenNEW9z8y';

  it('forwards an accepted token and keeps only its last four characters', async () => {
    const expiresOn = isoDay(app.emulator.clock.now(), 300);
    const metadata = data(
      await app.invoke('admin', 'updateJiraToken', {
        email: 'ops@example.com',
        token: newToken,
        expiresOn,
      }),
    );
    expect(metadata).toEqual({
      configured: true,
      email: 'ops@example.com',
      lastFour: '9z8y',
      updatedAt: expect.any(String),
      expiresOn,
    });
    expect(JSON.stringify(app.responses)).not.toContain(newToken);
    expect(app.store.plainDump()).not.toContain(newToken);
    expect(app.store.secretDump()).not.toContain(newToken);
  });

  it('reports a token Jira rejects and keeps the previous metadata', async () => {
    const rejected = await app.invoke('admin', 'updateJiraToken', {
      email: 'ops@example.com',
      token: 'wrong-token-of-the-right-length',
    });
    expect(rejected).toMatchObject({
      ok: false,
      error: { code: 'TOKEN_REJECTED', message: expect.stringContaining('Jira rejected') },
    });
    const overview = data(await app.invoke('admin', 'getOverview'));
    expect(overview.connected && overview.token).toMatchObject({
      email: ADMIN_EMAIL,
      lastFour: '1a2b',
    });
  });
});
