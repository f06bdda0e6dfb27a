import type { ConnectedOverview, Overview } from '../../../src/contract';
import { ADMIN_EMAIL, JIRA_TOKEN, isoDay, type Acting } from '../../support/app';
import {
  FORGE_CLOUD_ID,
  SITE_PROJECTS,
  startForgeApp,
  type ForgeApp,
  type Invoked,
} from '../../support/forgeApp';
import type { ProxiedRequest } from '../../support/forgeProxy';

/**
 * The resolvers, bundled, in the tunnel's sandbox: each call arrives as the page's `invoke` does
 * (`{ call: { functionKey, payload }, context }`, the user as the invocation's principal), and
 * every storage and Jira request goes through Atlassian's SDKs to the fake Forge API proxy.
 */

jest.setTimeout(120_000);

const ADMIN = 'local-admin-0001';
const MEMBER = 'local-member-0002';

let app: ForgeApp;
beforeAll(async () => {
  app = await startForgeApp();
});
afterAll(() => app?.close());

const adminChecks = (proxied: ProxiedRequest[]) =>
  proxied.filter((request) => request.path === '/rest/api/3/mypermissions?permissions=ADMINISTER');
const writes = (proxied: ProxiedRequest[]) =>
  proxied.filter((request) => /\/(set|delete)$/.test(request.path));

async function overview(as: Acting = 'admin'): Promise<ConnectedOverview> {
  const { result } = await app.invoke(as, 'getOverview');
  if (!result.ok || !result.data.connected) throw new Error('expected a connected overview');
  return result.data;
}

/** A member's action: refused, checked as that member, and nothing stored or sent upstream. */
async function expectRefused(call: () => Promise<Invoked<unknown>>) {
  await app.emulator.control.resetStats();
  const { result, proxied } = await call();
  expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(adminChecks(proxied)).toEqual([
    expect.objectContaining({ as: 'user', accountId: MEMBER }),
  ]);
  expect(writes(proxied)).toEqual([]);
  expect((await app.emulator.control.stats()).requests).toBe(0);
}

describe('connect', () => {
  it('connected the site as the admin, keeping its state in kvs and no token', () => {
    const checks = adminChecks(app.proxy.requests);
    expect(checks[0]).toMatchObject({ as: 'user', accountId: ADMIN, target: { provider: 'user' } });
    expect(app.proxy.kvs.get('connection')).toMatchObject({
      region: 'EU',
      cloudId: FORGE_CLOUD_ID,
    });
    expect(app.proxy.kvs.get('jira-credentials-metadata')).toMatchObject({
      email: ADMIN_EMAIL,
      lastFour: '1a2b',
    });
    expect(app.proxy.kvs.keys().filter((key) => key.startsWith('audit:'))).toHaveLength(1);
    // Only the registration carries it, through Forge Remote to GitProtect (forwarded, not kept).
    const kept = app.proxy.requests.filter((request) => request.target.type !== 'frc');
    expect(JSON.stringify(kept)).not.toContain(JIRA_TOKEN);
    expect(app.proxy.requests.filter((request) => request.target.type === 'frc')).toEqual([
      expect.objectContaining({ path: '/jira/v1/instances', status: 201 }),
    ]);
  });
});

describe('getOverview', () => {
  it('shows an admin everything, checked as that admin, with the project count read as the app', async () => {
    const { result, proxied } = await app.invoke('admin', 'getOverview');
    expect(result).toMatchObject({
      ok: true,
      data: {
        connected: true,
        viewer: { accountId: ADMIN, isAdmin: true },
        siteProjects: SITE_PROJECTS,
        token: { configured: true, email: ADMIN_EMAIL, lastFour: '1a2b' },
      } satisfies Partial<Overview>,
    });
    expect(adminChecks(proxied)).toEqual([
      expect.objectContaining({ as: 'user', accountId: ADMIN }),
    ]);
    expect(proxied).toContainEqual(
      expect.objectContaining({ path: '/rest/api/3/project/search?maxResults=1', as: 'app' }),
    );
  });

  it('shows a member the status without the token details', async () => {
    const { result, proxied } = await app.invoke('member', 'getOverview');
    expect(result).toMatchObject({
      ok: true,
      data: { viewer: { accountId: MEMBER, isAdmin: false } },
    });
    expect(result.ok && result.data.connected && result.data.token).toEqual({ configured: true });
    expect(adminChecks(proxied)).toEqual([
      expect.objectContaining({ as: 'user', accountId: MEMBER }),
    ]);
  });
  it('answers an idle read from the snapshot in kvs, asking GitProtect nothing', async () => {
    const live = await overview();
    await app.emulator.control.resetStats();
    const { result, proxied } = await app.invoke('member', 'getOverview', { idle: true });
    expect(result).toMatchObject({
      ok: true,
      data: { connected: true, stale: false, nextBackupAt: live.nextBackupAt },
    });
    expect((await app.emulator.control.stats()).requests).toBe(0);
    // The member is still checked; the project count comes with the snapshot.
    expect(adminChecks(proxied)).toHaveLength(1);
    expect(proxied.map((request) => request.path)).not.toContain(
      '/rest/api/3/project/search?maxResults=1',
    );
  });
});

describe('saveSchedule', () => {
  const weekdays = { days: ['MON', 'WED'], hour: 3, timezone: 'Europe/Warsaw' };

  it('saves an admin’s schedule and records it in the audit trail', async () => {
    const version = (await overview()).scheduleVersion;
    const { result } = await app.invoke('admin', 'saveSchedule', { ...weekdays, version });
    expect(result).toMatchObject({ ok: true, data: { schedule: weekdays } });
    const after = await overview();
    expect(after.schedule).toMatchObject(weekdays);
    expect(after.audit[0]).toMatchObject({ action: 'SCHEDULE_CHANGED', accountId: ADMIN });
  });

  it('refuses a member and keeps the schedule', async () => {
    const version = (await overview()).scheduleVersion;
    await expectRefused(() =>
      app.invoke('member', 'saveSchedule', { days: ['SUN'], hour: 5, timezone: 'UTC', version }),
    );
    expect((await overview()).schedule).toMatchObject(weekdays);
  });

  it('refuses a member whose page claims to be the admin', async () => {
    const version = (await overview()).scheduleVersion;
    await expectRefused(() =>
      app.invoke(
        'member',
        'saveSchedule',
        { days: ['SUN'], hour: 5, timezone: 'UTC', version },
        { accountId: ADMIN },
      ),
    );
  });
});

describe('startBackup', () => {
  it('starts one job for an admin, named after the admin as Jira knows them', async () => {
    const { result, proxied } = await app.invoke('admin', 'startBackup');
    expect(result).toMatchObject({
      ok: true,
      data: {
        started: true,
        job: {
          outcome: 'RUNNING',
          trigger: { kind: 'ADMIN', accountId: ADMIN, displayName: 'Alex Admin' },
        },
      },
    });
    expect(proxied).toContainEqual(
      expect.objectContaining({ path: '/rest/api/3/myself', as: 'user', accountId: ADMIN }),
    );
  });

  it('refuses a member and starts nothing', async () => {
    await expectRefused(() => app.invoke('member', 'startBackup'));
    const audit = (await overview()).audit;
    expect(audit.filter((entry) => entry.action === 'BACKUP_STARTED')).toHaveLength(1);
  });
});

describe('getCoverage', () => {
  it('reads a page of projects as the app, and finds those the backup account cannot see', async () => {
    await app.emulator.control.setInstance({ hiddenProjects: 2 });
    try {
      const { result, proxied } = await app.invoke('admin', 'getCoverage', { limit: 25 });
      expect(result).toMatchObject({
        ok: true,
        data: {
          siteProjects: SITE_PROJECTS,
          visibleToBackupAccount: SITE_PROJECTS - 2,
          notVisibleToBackupAccount: 2,
          nextStartAt: null,
          backupAccount: { email: ADMIN_EMAIL },
        },
      });
      const rows = result.ok ? result.data.projects : [];
      expect(rows).toHaveLength(SITE_PROJECTS);
      expect(
        rows.filter((row) => row.status === 'NOT_VISIBLE_TO_BACKUP_ACCOUNT').map((row) => row.fix),
      ).toEqual(['GRANT_BROWSE_PROJECTS', 'GRANT_BROWSE_PROJECTS']);
      expect(
        proxied.filter((request) => request.path.startsWith('/rest/api/3/project/search')),
      ).toEqual([
        expect.objectContaining({
          as: 'app',
          path: '/rest/api/3/project/search?startAt=0&maxResults=25&orderBy=key',
        }),
      ]);
    } finally {
      await app.emulator.control.setInstance({ hiddenProjects: 0 });
    }
  });

  it("passes the admin's search to Jira's project search as one encoded parameter", async () => {
    const { result, proxied } = await app.invoke('admin', 'getCoverage', {
      query: 'Data & more=1',
    });
    expect(result).toMatchObject({ ok: true, data: { projects: [], matchingProjects: 0 } });
    const searched = await app.invoke('admin', 'getCoverage', { query: 'data ware' });
    expect(searched.result).toMatchObject({
      ok: true,
      data: { projects: [{ key: 'DATA', name: 'Data Warehouse' }], siteProjects: SITE_PROJECTS },
    });
    expect(
      proxied.filter((request) => request.path.startsWith('/rest/api/3/project/search?startAt')),
    ).toEqual([
      expect.objectContaining({
        as: 'app',
        path: '/rest/api/3/project/search?startAt=0&maxResults=50&orderBy=key&query=Data%20%26%20more%3D1',
      }),
    ]);
  });

  it('refuses a member before reading any project', async () => {
    await expectRefused(() => app.invoke('member', 'getCoverage'));
  });
});

describe('getJob and listJobs', () => {
  it('pages the history and opens a job with its per-project results', async () => {
    const first = await app.invoke('admin', 'listJobs', { limit: 1 });
    expect(first.result).toMatchObject({ ok: true, data: { jobs: [expect.anything()] } });
    const job = first.result.ok ? first.result.data.jobs[0] : undefined;
    const { result } = await app.invoke('admin', 'getJob', { jobId: job?.id });
    expect(result).toMatchObject({ ok: true, data: { job: { id: job?.id } } });
    await expectRefused(() => app.invoke('member', 'getJob', { jobId: job?.id }));
  });

  it("hands off to that job's logs with a link on the instance's own host", async () => {
    const first = await app.invoke('admin', 'listJobs', { limit: 1 });
    const jobId = first.result.ok ? first.result.data.jobs[0]?.id : undefined;
    const { result } = await app.invoke('admin', 'openManagementService', {
      destination: { kind: 'JOB_LOGS', jobId },
    });
    const host = (app.proxy.kvs.get('connection') as { managementHost: string }).managementHost;
    expect(result).toMatchObject({ ok: true, data: { url: expect.any(String) } });
    expect(new URL(result.ok ? result.data.url : '').hostname).toBe(host);
    await expectRefused(() =>
      app.invoke('member', 'openManagementService', { destination: { kind: 'HOME' } }),
    );
  });
});

describe('updateJiraToken', () => {
  const newToken = 'ATATT3xFfGF0FORGEnewTOKENviaTheSandbox9z8y';

  it('forwards an admin’s token to GitProtect and keeps only its last four characters', async () => {
    const expiresOn = isoDay(app.emulator.clock.now(), 300);
    const { result } = await app.invoke('admin', 'updateJiraToken', {
      email: 'ops@example.com',
      token: newToken,
      expiresOn,
    });
    expect(result).toEqual({
      ok: true,
      data: {
        configured: true,
        email: 'ops@example.com',
        lastFour: '9z8y',
        updatedAt: expect.any(String),
        expiresOn,
      },
    });
    expect(app.proxy.kvs.get('jira-credentials-metadata')).toMatchObject({ lastFour: '9z8y' });
    expect(JSON.stringify(app.proxy.requests)).not.toContain(newToken);
  });

  it('refuses a member and keeps the stored metadata', async () => {
    const before = app.proxy.kvs.get('jira-credentials-metadata');
    await expectRefused(() =>
      app.invoke('member', 'updateJiraToken', { email: 'evil@example.com', token: JIRA_TOKEN }),
    );
    expect(app.proxy.kvs.get('jira-credentials-metadata')).toEqual(before);
  });
});
