import { assessHealth, type HealthFacts } from '../../../src/domain/health';
import { healthyInput, job, now, token } from '../support/healthFixtures';

const DAY_MS = 86_400_000;

const failed = job({ id: 'job-2', outcome: 'FAILED', projectsSucceeded: 0, projectsFailed: 25 });
const fourDaysAgo = job({
  id: 'job-0',
  startedAt: '2026-11-22T02:00:00Z',
  finishedAt: '2026-11-22T02:20:00Z',
});

function facts(overrides: Partial<HealthFacts> = {}): HealthFacts {
  return {
    ...healthyInput(),
    connectionLost: false,
    stale: false,
    asOf: now.toISOString(),
    ...overrides,
  };
}

/** Every cause at once: the order of the list is the order of root causes. */
const everything: Partial<HealthFacts> = {
  connectionLost: true,
  stale: true,
  credentialsStatus: 'REJECTED',
  token: { ...token, expiresOn: '2026-12-01' },
  lastJob: failed,
  recentJobs: [failed, fourDaysAgo],
};

describe('the health verdict', () => {
  it('healthy: PROTECTED, no alerts, backups not paused, the status of the last job', () => {
    const { alerts, health, status } = assessHealth(facts());
    expect(alerts).toEqual([]);
    expect(health).toEqual({
      verdict: 'PROTECTED',
      pausedUntil: null,
      checkedAt: now.toISOString(),
      lastSuccessAt: '2026-11-26T02:20:00.000Z',
    });
    expect(status).toBe('SUCCEEDED');
  });

  it('never says protected while a space is not: counts, each cause, the root cause’s fix', () => {
    const allProtected = { site: 25, visible: 25, planned: 25, protected: 25 };
    expect(assessHealth(facts({ spaces: allProtected })).health.verdict).toBe('PROTECTED');

    const cases = [
      [{ site: 25, visible: 22, planned: 20, protected: 20 }, 'OPEN_SPACES'],
      [{ site: 25, visible: 25, planned: 23, protected: 23 }, 'OPEN_MANAGEMENT_SERVICE'],
      [{ site: 25, visible: 25, planned: 25, protected: 24 }, 'BACKUP_NOW'],
    ] as const;
    for (const [spaces, action] of cases) {
      const { alerts, health, status } = assessHealth(facts({ spaces }));
      expect(health.verdict).toBe('SPACES_UNPROTECTED');
      expect(alerts[0]).toMatchObject({ severity: 'warning', action });
      expect(status).toBe('SUCCEEDED');
    }
    const { alerts } = assessHealth(facts({ spaces: cases[0][0] }));
    expect(alerts[0]?.params).toEqual({
      total: 25,
      protected: 20,
      notVisible: 3,
      notInPlan: 2,
      notRecentlyBackedUp: 0,
    });
    expect(alerts[0]?.message).toBe(
      '20 of 25 spaces are protected: 3 cannot be read by the backup account, 2 are not in the plan.',
    );
    // Jira could not be counted: the service's own count stands for the site.
    const uncounted = { site: null, visible: 25, planned: 25, protected: 25 };
    expect(assessHealth(facts({ spaces: uncounted })).health.verdict).toBe('PROTECTED');
  });

  it('a lost connection leads everything else, pauses backups until reconnected', () => {
    const { alerts, health, status } = assessHealth(facts(everything));
    expect(alerts.map((alert) => alert.code)).toEqual([
      'CONNECTION_LOST',
      'CREDENTIALS_REJECTED',
      'LAST_BACKUP_FAILED',
      'BACKUP_OVERDUE',
      'TOKEN_EXPIRING',
    ]);
    expect(health.verdict).toBe('CONNECTION_LOST');
    expect(alerts[0]?.action).toBe('RECONNECT');
    expect(health.pausedUntil).toBe('RECONNECTED');
    // Paused by the rejected credentials, which the app knows of; not by the lost connection.
    expect(status).toBe('PAUSED');
    const lostOnly = assessHealth(facts({ connectionLost: true, stale: true }));
    expect(lostOnly.health.pausedUntil).toBe('RECONNECTED');
    expect(lostOnly.status).toBe('SUCCEEDED');
  });

  it('rejected credentials: the root cause of failing and overdue backups, fixed by a new token', () => {
    const { alerts, health, status } = assessHealth(
      facts({ ...everything, connectionLost: false }),
    );
    expect(alerts.map((alert) => alert.code)).toEqual([
      'CREDENTIALS_REJECTED',
      'LAST_BACKUP_FAILED',
      'BACKUP_OVERDUE',
      'TOKEN_EXPIRING',
      'STALE_DATA',
    ]);
    expect(health).toMatchObject({
      verdict: 'CREDENTIALS_REJECTED',
      pausedUntil: 'TOKEN_REPLACED',
    });
    expect(alerts[0]?.action).toBe('UPDATE_TOKEN');
    // The last job succeeded long ago or failed: the status says that nothing can run now.
    expect(status).toBe('PAUSED');
  });

  it('an expired token: one cause (not also "rejected"), Update token, backups paused', () => {
    const { alerts, health, status } = assessHealth(
      facts({
        credentialsStatus: 'REJECTED',
        token: { ...token, expiresOn: '2026-11-25' },
      }),
    );
    expect(alerts.map((alert) => alert.code)).toEqual(['TOKEN_EXPIRED']);
    expect(alerts[0]?.action).toBe('UPDATE_TOKEN');
    expect(health).toMatchObject({ verdict: 'TOKEN_EXPIRED', pausedUntil: 'TOKEN_REPLACED' });
    // The night's backup succeeded, yet none can run now: Status does not say "Succeeded".
    expect(status).toBe('PAUSED');
  });

  it('a running job while paused still shows as paused (it cannot back anything up)', () => {
    const running = job({ id: 'job-3', outcome: 'RUNNING', finishedAt: null });
    const { status } = assessHealth(facts({ credentialsStatus: 'REJECTED', runningJob: running }));
    expect(status).toBe('PAUSED');
  });

  it('failing backups: the logs in the Management Service, not another run; not paused', () => {
    const { alerts, health, status } = assessHealth(
      facts({ lastJob: failed, recentJobs: [failed, fourDaysAgo] }),
    );
    expect(alerts.map((alert) => alert.code)).toEqual(['LAST_BACKUP_FAILED', 'BACKUP_OVERDUE']);
    expect(alerts[0]).toMatchObject({
      action: 'OPEN_MANAGEMENT_SERVICE',
      params: { projectsFailed: 25, projectsTotal: 25 },
    });
    expect(health).toMatchObject({
      verdict: 'LAST_BACKUP_FAILED',
      pausedUntil: null,
      lastSuccessAt: '2026-11-22T02:20:00.000Z',
    });
    expect(status).toBe('FAILED');
  });

  it('a partly failed backup comes after a failed one and before an overdue one', () => {
    const partial = job({
      outcome: 'SUCCEEDED_WITH_WARNINGS',
      projectsSucceeded: 22,
      projectsFailed: 3,
    });
    const { alerts, health } = assessHealth(
      facts({
        lastJob: partial,
        recentJobs: [partial],
        token: { ...token, expiresOn: '2026-12-01' },
      }),
    );
    expect(alerts.map((alert) => alert.code)).toEqual(['LAST_BACKUP_PARTIAL', 'TOKEN_EXPIRING']);
    expect(health.verdict).toBe('LAST_BACKUP_PARTIAL');
  });

  it('overdue: Backup now, with when the last one succeeded', () => {
    const { alerts, health, status } = assessHealth(
      facts({ lastJob: fourDaysAgo, recentJobs: [fourDaysAgo] }),
    );
    expect(health.verdict).toBe('BACKUP_OVERDUE');
    expect(alerts[0]).toMatchObject({
      action: 'BACKUP_NOW',
      params: { since: '2026-11-22T02:20:00.000Z', hoursWithout: 103 },
    });
    expect(status).toBe('SUCCEEDED');
  });

  it('overdue while a backup has been running for days: the logs say why, Backup now would not', () => {
    const stuck = job({
      id: 'job-9',
      outcome: 'RUNNING',
      startedAt: '2026-11-23T02:00:00Z',
      finishedAt: null,
    });
    const { alerts, status } = assessHealth(
      facts({ lastJob: fourDaysAgo, recentJobs: [stuck, fourDaysAgo], runningJob: stuck }),
    );
    expect(alerts[0]).toMatchObject({
      code: 'BACKUP_OVERDUE',
      action: 'OPEN_MANAGEMENT_SERVICE',
      params: { runningSince: '2026-11-23T02:00:00Z' },
    });
    expect(status).toBe('RUNNING');
  });

  it('a token expiring soon: a warning with Update token, nothing paused', () => {
    const { alerts, health } = assessHealth(
      facts({ token: { ...token, expiresOn: '2026-12-03' } }),
    );
    expect(alerts).toEqual([
      expect.objectContaining({
        code: 'TOKEN_EXPIRING',
        severity: 'warning',
        action: 'UPDATE_TOKEN',
      }),
    ]);
    expect(health).toMatchObject({ verdict: 'TOKEN_EXPIRING', pausedUntil: null });
  });

  it('stale data: Retry, with the instant the snapshot was read', () => {
    const asOf = new Date(now.getTime() - 3_600_000).toISOString();
    const { alerts, health } = assessHealth(facts({ stale: true, asOf }));
    expect(alerts).toEqual([
      expect.objectContaining({ code: 'STALE_DATA', action: 'RETRY', params: { asOf } }),
    ]);
    expect(health.verdict).toBe('STALE_DATA');
  });

  it('stale data because GitProtect was busy says so, with the wait the service named', () => {
    const asOf = new Date(now.getTime() - 3_600_000).toISOString();
    const busy = assessHealth(
      facts({ stale: true, asOf, staleCause: { busy: true, retryAfterSeconds: 120 } }),
    );
    expect(busy.alerts).toEqual([
      expect.objectContaining({
        code: 'STALE_DATA',
        action: 'RETRY',
        params: { asOf, reason: 'BUSY', retryAfterSeconds: 120 },
        message: expect.stringContaining('busy'),
      }),
    ]);
    const unreachable = assessHealth(facts({ stale: true, asOf, staleCause: { busy: false } }));
    expect(unreachable.alerts[0]).toMatchObject({ params: { asOf } });
    expect(unreachable.alerts[0]?.message).toContain('could not be reached');
  });

  it('stale data is not called overdue for the time the service could not be read', () => {
    const asOf = new Date(now.getTime() - 5 * DAY_MS).toISOString();
    const lastJob = job({ startedAt: asOf, finishedAt: asOf });
    const stale = facts({ stale: true, asOf, lastJob, recentJobs: [lastJob] });
    expect(assessHealth(stale).alerts.map((alert) => alert.code)).toEqual(['STALE_DATA']);
    // Read live, the same facts are overdue.
    expect(assessHealth({ ...stale, stale: false }).health.verdict).toBe('BACKUP_OVERDUE');
  });

  it('takes the time it is given, never the machine’s', () => {
    const later = new Date(now.getTime() + 10 * DAY_MS);
    const { health } = assessHealth(facts({ now: later }));
    expect(health.checkedAt).toBe(later.toISOString());
    expect(health.verdict).toBe('BACKUP_OVERDUE');
  });
});
