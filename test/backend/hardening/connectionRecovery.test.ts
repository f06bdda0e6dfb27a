import type { AuditEntry, ConnectedOverview } from '../../../src/contract';
import { LOCAL_USERS } from '../../../src/adapters/local/jiraSite';
import {
  ADMIN_EMAIL,
  CLOUD_ID,
  JIRA_TOKEN,
  data,
  startTestApp,
  type TestApp,
} from '../../support/app';
import { connectFields, connectedOverview, updateTokenFields } from '../support/siteAdmin';

/**
 * Issue 11, items 4 and 8: a connection the service has lost is reported as such, by the
 * resolvers, the page's overview and the hourly sync, and an admin can disconnect and connect
 * again; two connects at once register once. All through the real resolvers over HTTP against
 * the emulator.
 */

let app: TestApp;
afterEach(() => app.close());

const HALF_HOUR_AND_A_MINUTE = 31 * 60_000;

const connectPayload = (region = 'EU') => connectFields(app, 200, region);

async function auditEntries(): Promise<AuditEntry[]> {
  return (await app.store.list<AuditEntry>('audit:', 100)).map((entry) => entry.value);
}

function logsSince(from: number): string {
  return app.logLines.slice(from).join('\n');
}

describe.each([
  [
    'the service forgets the site (emulator fault forgetInstance: 404 instance_not_found)',
    'forgetInstance',
  ],
  [
    'the service revokes the session (emulator fault revokeSession: 403 session_revoked)',
    'revokeSession',
  ],
] as const)('%s', (_title, mode) => {
  let before: ConnectedOverview;
  beforeEach(async () => {
    app = await startTestApp();
    before = await connectedOverview(app);
    await app.emulator.control.faults({ mode });
  });

  it('getOverview shows the last snapshot, marked stale, with CONNECTION_LOST and Reconnect', async () => {
    const logs = app.logLines.length;
    const stored = await app.store.get<{ asOf: string }>('status-snapshot');
    const overview = await connectedOverview(app);
    expect(overview.stale).toBe(true);
    expect(overview.asOf).toBe(stored?.asOf);
    expect(overview.securedProjects).toBe(before.securedProjects);
    expect(overview.alerts[0]).toMatchObject({
      code: 'CONNECTION_LOST',
      severity: 'error',
      action: 'RECONNECT',
    });
    expect(logsSince(logs)).toMatch(/no longer knows this connection.*"reason":"rejected"/);
  });

  it('a member sees the alert too (without an action of their own: the page decides)', async () => {
    const overview = data(await app.invoke('member', 'getOverview'));
    expect(overview.connected && overview.alerts.map((alert) => alert.code)).toContain(
      'CONNECTION_LOST',
    );
  });

  it('every action answers CONNECTION_LOST, not "cannot be reached", and logs "rejected"', async () => {
    const logs = app.logLines.length;
    const payloads = {
      startBackup: {},
      openManagementService: {},
      saveSchedule: { days: ['MON'], hour: 3, timezone: 'UTC', version: before.scheduleVersion },
      updateJiraToken: { email: ADMIN_EMAIL, token: `${JIRA_TOKEN}x` },
    } as const;
    for (const [key, payload] of Object.entries(payloads)) {
      const result = await app.invoke('admin', key as keyof typeof payloads, payload);
      expect({ key, result }).toMatchObject({
        key,
        result: { ok: false, error: { code: 'CONNECTION_LOST' } },
      });
    }
    expect(logsSince(logs)).toMatch(/"code":"CONNECTION_LOST".*"failure":"rejected"/);
  });

  it('the hourly sync raises CONNECTION_LOST and keeps the previous snapshot', async () => {
    await app.emulator.control.advance(HALF_HOUR_AND_A_MINUTE);
    const outcome = await app.trigger();
    expect(outcome).toMatchObject({ ran: true, snapshot: 'KEPT_PREVIOUS' });
    expect(outcome.ran && outcome.alerts).toContain('CONNECTION_LOST');
  });

  it('a session the service refuses at refresh is lost too (hourly sync, 401 after refresh)', async () => {
    // The access token is about to end: the sync refreshes it, and the service refuses.
    await app.emulator.control.advance(29 * 86_400_000);
    const outcome = await app.trigger();
    expect(outcome.ran && outcome.alerts).toContain('CONNECTION_LOST');
    expect(app.logLines.join('\n')).toMatch(/refresh failed.*"reason":"rejected"/);
  });

  it('disconnect, then connect: a working connection again, the audit trail kept', async () => {
    const lost = await app.invoke('admin', 'startBackup', {});
    expect(lost).toMatchObject({ ok: false, error: { code: 'CONNECTION_LOST' } });
    const refused = await app.invoke('admin', 'connect', connectPayload());
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const disconnected = await app.invoke('admin', 'disconnect', {});
    expect(disconnected).toEqual({
      ok: true,
      data: { connected: false, viewer: { accountId: LOCAL_USERS.admin.accountId, isAdmin: true } },
    });
    for (const key of ['connection', 'jira-credentials-metadata', 'status-snapshot']) {
      expect(await app.store.get(key)).toBeUndefined();
    }
    expect(await app.store.getSecret('gitprotect-session')).toBeUndefined();
    const trail = await auditEntries();
    expect(trail.map((entry) => entry.action)).toEqual(['DISCONNECTED', 'CONNECTED']);
    expect(trail[0]).toMatchObject({
      accountId: LOCAL_USERS.admin.accountId,
      displayName: LOCAL_USERS.admin.displayName,
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(trail[0]?.detail).not.toContain(JIRA_TOKEN);

    await app.emulator.control.resetStats();
    const reconnected = data(await app.invoke('admin', 'connect', connectPayload()));
    expect(reconnected).toMatchObject({ connected: true, stale: false });
    expect((await app.emulator.control.stats()).byRoute['POST /instances']).toBe(1);
    const overview = await connectedOverview(app);
    expect(overview.alerts.map((alert) => alert.code)).not.toContain('CONNECTION_LOST');
    expect(data(await app.invoke('admin', 'startBackup', {})).started).toBe(true);
    expect(overview.audit.map((entry) => entry.action).slice(0, 3)).toEqual([
      'CONNECTED',
      'DISCONNECTED',
      'CONNECTED',
    ]);
  });
});

describe('faults that are not a lost connection stay "cannot be reached"', () => {
  beforeEach(async () => {
    app = await startTestApp();
    await connectedOverview(app);
  });

  it.each([
    ['error500', '5xx'],
    ['malformed', 'malformed'],
  ] as const)(
    '%s: UPSTREAM_UNAVAILABLE, no CONNECTION_LOST alert, logged as %s',
    async (mode, reason) => {
      await app.emulator.control.faults({ mode });
      const logs = app.logLines.length;
      const result = await app.invoke('admin', 'startBackup', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UPSTREAM_UNAVAILABLE' } });
      expect(logsSince(logs)).toContain(`"failure":"${reason}"`);
      const overview = await connectedOverview(app);
      expect(overview.stale).toBe(true);
      expect(overview.alerts.map((alert) => alert.code)).not.toContain('CONNECTION_LOST');
      await app.emulator.control.advance(HALF_HOUR_AND_A_MINUTE);
      const outcome = await app.trigger();
      expect(outcome.ran && outcome.alerts).not.toContain('CONNECTION_LOST');
    },
  );

  it('a timeout is logged as timeout', async () => {
    await app.emulator.control.faults({ mode: 'hang' });
    const logs = app.logLines.length;
    const overview = await connectedOverview(app);
    expect(overview.stale).toBe(true);
    expect(overview.alerts.map((alert) => alert.code)).not.toContain('CONNECTION_LOST');
    expect(logsSince(logs)).toMatch(/"reason":"timeout"/);
  }, 20_000);
});

describe('disconnect', () => {
  beforeEach(async () => {
    app = await startTestApp();
  });

  it('is for admins only, with an empty payload, and forgets nothing otherwise', async () => {
    const before = app.store.plainDump();
    expect(await app.invoke('member', 'disconnect', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await app.invoke('admin', 'disconnect', { confirm: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'confirm' },
    });
    expect(await app.invoke('admin', 'disconnect', [])).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(app.store.plainDump()).toBe(before);
  });

  it('when not connected answers NOT_CONNECTED and writes no audit line', async () => {
    data(await app.invoke('admin', 'disconnect', {}));
    expect(await app.invoke('admin', 'disconnect', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_CONNECTED' },
    });
    expect((await auditEntries()).filter((e) => e.action === 'DISCONNECTED')).toHaveLength(1);
  });
});

describe('registered_in_other_region', () => {
  it('emulator fault regionMismatch: its own error naming the region, nothing stored', async () => {
    app = await startTestApp({ connected: false });
    await app.emulator.control.faults({ mode: 'regionMismatch', region: 'US' });
    const result = await app.invoke('admin', 'connect', connectPayload('EU'));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'REGISTERED_IN_OTHER_REGION', field: 'region', region: 'US' },
    });
    expect(!result.ok && result.error.message).toMatch(
      /already connected to GitProtect in the US region/,
    );
    expect(!result.ok && result.error.message).not.toMatch(/schedule/i);
    expect(await app.store.get('connection')).toBeUndefined();
    expect(await auditEntries()).toEqual([]);
  });

  it('the service itself: a site registered in EU, connected again in US', async () => {
    app = await startTestApp();
    data(await app.invoke('admin', 'disconnect', {}));
    const result = await app.invoke('admin', 'connect', connectPayload('US'));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'REGISTERED_IN_OTHER_REGION', region: 'EU' },
    });
    expect(data(await app.invoke('admin', 'connect', connectPayload('EU')))).toMatchObject({
      connected: true,
      region: 'EU',
    });
  });
});

describe('two token updates at once', () => {
  it('one goes through, the other gets CONFLICT: the stored details are those of the token the service holds', async () => {
    app = await startTestApp();
    await app.emulator.control.resetStats();
    const [a, b] = await Promise.all([
      app.invoke('admin', 'updateJiraToken', updateTokenFields(app, 100, `${JIRA_TOKEN}AAAA`)),
      app.invoke(
        'secondAdmin',
        'updateJiraToken',
        updateTokenFields(app, 100, `${JIRA_TOKEN}BBBB`),
      ),
    ]);
    expect([a, b].map((result) => (result.ok ? 'ok' : result.error.code)).sort()).toEqual([
      'CONFLICT',
      'ok',
    ]);
    expect((await app.emulator.control.stats()).byRoute['PUT /instance/credentials']).toBe(1);
    const winner = a.ok ? 'AAAA' : 'BBBB';
    const settings = await connectedOverview(app);
    expect(settings.token).toEqual(expect.objectContaining({ lastFour: winner }));
    expect((await auditEntries()).filter((e) => e.action === 'TOKEN_UPDATED')).toHaveLength(1);
    // The claim is released: a later update goes through.
    data(
      await app.invoke(
        'admin',
        'updateJiraToken',
        updateTokenFields(app, 100, `${JIRA_TOKEN}CCCC`),
      ),
    );
  });
});

describe('two connects at once (item 8)', () => {
  it('one registers, the other gets CONFLICT: one registration, one audit line', async () => {
    app = await startTestApp({ connected: false });
    await app.emulator.control.resetStats();
    const [a, b] = await Promise.all([
      app.invoke('admin', 'connect', connectPayload()),
      app.invoke('secondAdmin', 'connect', connectPayload()),
    ]);
    expect([a, b].map((result) => (result.ok ? 'ok' : result.error.code)).sort()).toEqual([
      'CONFLICT',
      'ok',
    ]);
    expect((await app.emulator.control.stats()).byRoute['POST /instances']).toBe(1);
    expect((await auditEntries()).filter((e) => e.action === 'CONNECTED')).toHaveLength(1);
    const state = (await app.emulator.control.state()) as { instances: Record<string, unknown> };
    expect(Object.keys(state.instances)).toEqual([CLOUD_ID]);
    // The claim is released: a later disconnect and connect go through.
    data(await app.invoke('admin', 'disconnect', {}));
    data(await app.invoke('secondAdmin', 'connect', connectPayload()));
  });
});
