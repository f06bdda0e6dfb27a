import { BUDGETS } from '../../../src/app/deps';
import { STACK_START } from '../../../dev/host';
import { data, isoDay, startTestApp, type TestApp } from '../../support/app';
import { connectedOverview } from '../support/siteAdmin';

const DAY = 86_400_000;
let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.emulator.control.clearFaults();
  await app.close();
});

describe('getOverview when the service is down', () => {
  it('answers from the last snapshot, marked stale with its time, then recovers', async () => {
    const live = await connectedOverview(app);
    await app.emulator.control.faults({ mode: 'error500' });
    const stale = data(await app.invoke('admin', 'getOverview'));
    expect(stale).toMatchObject({ connected: true, stale: true, securedProjects: 25 });
    // An unchanged reading is stored again only every five minutes, so "as of" may lag that much.
    const lag = Date.parse(live.asOf) - Date.parse(stale.connected ? stale.asOf : '');
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThan(5 * 60_000);
    await app.emulator.control.clearFaults();
    expect(data(await app.invoke('admin', 'getOverview'))).toMatchObject({ stale: false });
  });

  it('says GitProtect is busy, not unreachable, when it rate-limits the read', async () => {
    data(await app.invoke('admin', 'getOverview'));
    await app.emulator.control.faults({ mode: 'rateLimit', ms: 120_000 });
    for (const viewer of ['admin', 'member'] as const) {
      const overview = data(await app.invoke(viewer, 'getOverview'));
      // Nothing has been backed up yet, so no space is protected; then the busy service.
      expect(overview.connected && overview.alerts).toEqual([
        expect.objectContaining({ code: 'SPACES_UNPROTECTED' }),
        expect.objectContaining({
          code: 'STALE_DATA',
          params: expect.objectContaining({ reason: 'BUSY', retryAfterSeconds: 120 }),
        }),
      ]);
    }
  });

  it('keeps the wait the service named when a first read is rate-limited', async () => {
    await app.store.delete('status-snapshot');
    await app.emulator.control.faults({ mode: 'rateLimit', ms: 120_000 });
    expect(await app.invoke('admin', 'getOverview')).toMatchObject({
      ok: false,
      error: { code: 'UPSTREAM_RATE_LIMITED', retryAfterSeconds: 120 },
    });
  });

  it('answers from the snapshot within its budget when the service hangs', async () => {
    data(await app.invoke('admin', 'getOverview'));
    await app.emulator.control.faults({ mode: 'hang' });
    const started = Date.now();
    const overview = data(await app.invoke('admin', 'getOverview'));
    const elapsed = Date.now() - started;
    expect(overview).toMatchObject({ stale: true });
    expect(elapsed).toBeLessThan(BUDGETS.overviewLive + 2_000);
  });

  it('says the service is unavailable when there is no snapshot yet', async () => {
    await app.store.delete('status-snapshot');
    await app.emulator.control.faults({ mode: 'error500' });
    expect(await app.invoke('admin', 'getOverview')).toMatchObject({
      ok: false,
      error: { code: 'UPSTREAM_UNAVAILABLE' },
    });
  });
});

describe('hourly sync', () => {
  it('stores a snapshot and reports nothing on a healthy site', async () => {
    await app.store.delete('status-snapshot');
    const outcome = await app.trigger();
    expect(outcome).toMatchObject({ ran: true, snapshot: 'UPDATED', sessionRefreshed: false });
    expect(await app.store.get('status-snapshot')).toMatchObject({
      summary: { securedProjects: 25 },
    });
  });

  it('skips the service when the snapshot is fresh and nothing is due', async () => {
    data(await app.invoke('admin', 'getOverview'));
    await app.emulator.control.resetStats();
    const outcome = await app.trigger();
    expect(outcome).toMatchObject({ ran: true, snapshot: 'FRESH' });
    expect((await app.emulator.control.stats()).requests).toBe(0);
  });

  it('refreshes the service session a week before it expires, once', async () => {
    const before = await app.store.getSecret<{ accessToken: string }>('gitprotect-session');
    await app.emulator.control.advance(24 * DAY);
    expect(await app.trigger()).toMatchObject({
      ran: true,
      sessionRefreshed: true,
      snapshot: 'UPDATED',
    });
    const after = await app.store.getSecret<{ accessToken: string; accessTokenExpiresAt: string }>(
      'gitprotect-session',
    );
    expect(after?.accessToken).not.toBe(before?.accessToken);
    expect(Date.parse(after?.accessTokenExpiresAt ?? '')).toBeGreaterThan(
      app.emulator.clock.now().getTime() + 29 * DAY,
    );
    expect(await app.trigger()).toMatchObject({ sessionRefreshed: false });
  });

  it('warns about a Jira token that expires within 14 days, and one that has expired', async () => {
    const expiresOn = isoDay(app.emulator.clock.now(), 10);
    data(
      await app.invoke('admin', 'updateJiraToken', {
        email: 'ops@example.com',
        token: 'ATATT3xFfGF0ExpiringSoonToken0000abcd',
        expiresOn,
      }),
    );
    expect(await app.trigger()).toMatchObject({
      alerts: expect.arrayContaining(['TOKEN_EXPIRING']),
    });
    // On to 03:00 UTC the day after the expiry, whatever the hour now: the night's backup (the
    // plan runs at 02:00 UTC) has run with the expired token, a day after the last good one.
    const dayAfterAt3 = Date.parse(`${expiresOn}T03:00:00Z`) + DAY;
    await app.emulator.control.advance(dayAfterAt3 - app.emulator.clock.now().getTime());
    // The service then fails the night's backup: that shows too, the rejection itself does not.
    const outcome = await app.trigger();
    expect(outcome.ran && outcome.alerts.slice(0, 2)).toEqual([
      'TOKEN_EXPIRED',
      'LAST_BACKUP_FAILED',
    ]);
    const overview = data(await app.invoke('admin', 'getOverview'));
    const codes = overview.connected ? overview.alerts.map((a) => a.code) : [];
    expect(codes.slice(0, 2)).toEqual(['TOKEN_EXPIRED', 'LAST_BACKUP_FAILED']);
    expect(codes).not.toContain('CREDENTIALS_REJECTED');
  });

  it('reports credentials the service rejects, with the action that fixes them', async () => {
    // From a quiet hour: a scheduled backup in the hour moved below (the default plan runs at
    // 02:00 UTC) would fail on the rejected credentials and add LAST_BACKUP_FAILED.
    await app.close();
    app = await startTestApp({ emulator: { startAt: STACK_START } });
    await app.emulator.control.setInstance({ credentialsStatus: 'REJECTED' });
    await app.emulator.control.advance(3_600_000);
    // The spaces that no backup saved follow from it: the root cause leads.
    expect(await app.trigger()).toMatchObject({
      alerts: ['CREDENTIALS_REJECTED', 'SPACES_UNPROTECTED'],
    });
    const overview = data(await app.invoke('member', 'getOverview'));
    expect(overview.connected && overview.alerts[0]).toMatchObject({
      code: 'CREDENTIALS_REJECTED',
      action: 'UPDATE_TOKEN',
    });
  });

  it('keeps the previous snapshot when the service is down, and finishes in time', async () => {
    data(await app.invoke('admin', 'getOverview'));
    const previous = await app.store.get('status-snapshot');
    await app.emulator.control.advance(2 * 3_600_000);
    await app.emulator.control.faults({ mode: 'hang' });
    const started = Date.now();
    expect(await app.trigger()).toMatchObject({ ran: true, snapshot: 'KEPT_PREVIOUS' });
    expect(Date.now() - started).toBeLessThan(BUDGETS.trigger + 3_000);
    expect(await app.store.get('status-snapshot')).toEqual(previous);
  }, 20_000);

  it('runs once when Forge starts it twice at the same moment', async () => {
    await app.emulator.control.advance(24 * DAY);
    const outcomes = await Promise.all([app.trigger(), app.trigger()]);
    expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ran)).toEqual([{ ran: false, reason: 'ALREADY_RUNNING' }]);
  });

  it('does nothing on a site that is not connected', async () => {
    const fresh = await startTestApp({ connected: false });
    try {
      expect(await fresh.trigger()).toEqual({ ran: false, reason: 'NOT_CONNECTED' });
    } finally {
      await fresh.close();
    }
  });
});
