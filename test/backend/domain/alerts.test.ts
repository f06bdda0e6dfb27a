import { healthAlerts, type HealthInput } from '../../../src/domain/alerts';
import { healthyInput as input, job, token } from '../support/healthFixtures';

const codes = (overrides: Partial<HealthInput> = {}) =>
  healthAlerts(input(overrides)).map((a) => a.code);

describe('health alerts', () => {
  it('raises nothing when the last daily backup succeeded last night', () => {
    expect(codes()).toEqual([]);
  });

  it('reports a failed last backup with the way to find out why: the logs, not another run', () => {
    const failed = job({ outcome: 'FAILED', projectsSucceeded: 0, projectsFailed: 25 });
    const [alert] = healthAlerts(
      input({ lastJob: failed, recentJobs: [failed, job({ finishedAt: '2026-11-25T02:20:00Z' })] }),
    );
    expect(alert).toMatchObject({
      code: 'LAST_BACKUP_FAILED',
      severity: 'error',
      action: 'OPEN_MANAGEMENT_SERVICE',
    });
    expect(alert?.message).toContain('25 of 25 spaces');
  });

  it('reports a partly failed backup with the number of projects that failed, opening its details', () => {
    const partial = job({
      outcome: 'SUCCEEDED_WITH_WARNINGS',
      projectsSucceeded: 22,
      projectsFailed: 3,
    });
    const alerts = healthAlerts(input({ lastJob: partial, recentJobs: [partial] }));
    expect(alerts.map((a) => a.code)).toEqual(['LAST_BACKUP_PARTIAL']);
    expect(alerts[0]?.params).toEqual({ projectsFailed: 3, projectsTotal: 25, jobId: partial.id });
    // The app's job details say why for each space; the logs are the page's secondary link.
    expect(alerts[0]?.action).toBe('OPEN_JOB_DETAILS');
  });

  it('calls a backup overdue only after the schedule’s longest gap plus the grace period', () => {
    const weekly = { days: ['MON' as const], hour: 2, timezone: 'UTC' };
    const lastMonday = job({ finishedAt: '2026-11-23T02:30:00Z' });
    expect(codes({ schedule: weekly, lastJob: lastMonday, recentJobs: [lastMonday] })).toEqual([]);
    const old = job({ finishedAt: '2026-11-20T02:30:00Z' });
    expect(codes({ lastJob: old, recentJobs: [old] })).toEqual(['BACKUP_OVERDUE']);
    const twoWeeks = job({ finishedAt: '2026-11-12T02:30:00Z' });
    expect(codes({ schedule: weekly, lastJob: twoWeeks, recentJobs: [twoWeeks] })).toEqual([
      'BACKUP_OVERDUE',
    ]);
  });

  it('counts from the connection when no backup ever succeeded', () => {
    expect(codes({ lastJob: null, recentJobs: [], connectedAt: '2026-11-26T08:00:00Z' })).toEqual(
      [],
    );
    expect(codes({ lastJob: null, recentJobs: [], connectedAt: '2026-11-20T08:00:00Z' })).toEqual([
      'BACKUP_OVERDUE',
    ]);
  });

  it('warns 14 days before the Jira token expires and says how many days are left', () => {
    // Whole calendar days in UTC from Thursday 26 Nov: 10 Dec is 14 days away, 11 Dec 15.
    expect(codes({ token: { ...token, expiresOn: '2026-12-11' } })).toEqual([]);
    const alerts = healthAlerts(input({ token: { ...token, expiresOn: '2026-12-10' } }));
    expect(alerts).toEqual([
      expect.objectContaining({
        code: 'TOKEN_EXPIRING',
        severity: 'warning',
        action: 'UPDATE_TOKEN',
        params: { expiresOn: '2026-12-10', daysLeft: 14 },
      }),
    ]);
    // A token made to last 5 days has 5 days left, at any hour of its first day.
    for (const hour of [0, 10, 23]) {
      const at = new Date(Date.UTC(2026, 10, 26, hour, 59));
      const [soon] = healthAlerts(input({ now: at, token: { ...token, expiresOn: '2026-12-01' } }));
      expect(soon?.params).toEqual({ expiresOn: '2026-12-01', daysLeft: 5 });
    }
    const [lastDay] = healthAlerts(input({ token: { ...token, expiresOn: '2026-11-26' } }));
    expect(lastDay?.params).toEqual({ expiresOn: '2026-11-26', daysLeft: 0 });
    expect(lastDay?.message).toMatch(/expires on 2026-11-26 \(UTC\), today\./);
  });

  it('reports an expired token as an error once its last day is over', () => {
    expect(codes({ token: { ...token, expiresOn: '2026-11-25' } })).toEqual(['TOKEN_EXPIRED']);
    expect(codes({ token: { ...token, expiresOn: '2026-11-26' } })).toEqual(['TOKEN_EXPIRING']);
  });

  it('does not repeat an expired token as rejected credentials', () => {
    const alerts = healthAlerts(
      input({ credentialsStatus: 'REJECTED', token: { ...token, expiresOn: '2026-11-20' } }),
    );
    expect(alerts.map((a) => a.code)).toEqual(['TOKEN_EXPIRED']);
  });

  it('reports rejected credentials first, with the action that fixes them', () => {
    const failed = job({ outcome: 'FAILED', projectsFailed: 25, projectsSucceeded: 0 });
    const alerts = healthAlerts(
      input({
        credentialsStatus: 'REJECTED',
        token: { ...token, expiresOn: '2026-12-01' },
        lastJob: failed,
        recentJobs: [failed, job({ finishedAt: '2026-11-25T02:20:00Z' })],
      }),
    );
    expect(alerts[0]).toMatchObject({ code: 'CREDENTIALS_REJECTED', action: 'UPDATE_TOKEN' });
    expect(alerts.map((a) => a.code)).toEqual([
      'CREDENTIALS_REJECTED',
      'LAST_BACKUP_FAILED',
      'BACKUP_OVERDUE',
      'TOKEN_EXPIRING',
    ]);
  });
});
