import type { AuditEntry } from '../../../src/contract';
import { data, startTestApp, type TestApp } from '../../support/app';
import { connectedOverview } from '../support/siteAdmin';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(() => app.close());

async function auditActions(): Promise<string[]> {
  const entries = await app.store.list<AuditEntry>('audit:', 100);
  return entries.map((entry) => entry.value.action);
}

describe('at the same moment', () => {
  it('ten Backup now calls start exactly one job', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => app.invoke('admin', 'startBackup')),
    );
    const started = results.map((result) => data(result));
    expect(started.filter((result) => result.started)).toHaveLength(1);
    expect(new Set(started.map((result) => result.job.id)).size).toBe(1);
    const overview = await connectedOverview(app);
    expect(overview.recentJobs.filter((job) => job.outcome === 'RUNNING')).toHaveLength(1);
    expect((await auditActions()).filter((action) => action === 'BACKUP_STARTED')).toHaveLength(1);
  });

  it('two admins saving from the same version: one wins, the other gets CONFLICT, nothing is lost', async () => {
    const overview = await connectedOverview(app);
    const first = {
      days: ['MON'],
      hour: 1,
      timezone: 'Europe/Warsaw',
      version: overview.scheduleVersion,
    };
    const second = {
      days: ['FRI', 'SAT'],
      hour: 22,
      timezone: 'America/New_York',
      version: overview.scheduleVersion,
    };
    const [a, b] = await Promise.all([
      app.invoke('admin', 'saveSchedule', first),
      app.invoke('secondAdmin', 'saveSchedule', second),
    ]);
    const outcomes = [a, b].map((result) => (result.ok ? 'ok' : result.error.code)).sort();
    expect(outcomes).toEqual(['CONFLICT', 'ok']);
    const winner = a.ok ? a.data.schedule : b.ok ? b.data.schedule : null;
    const loser = a.ok ? b : a;
    expect(loser).toMatchObject({ ok: false, error: { current: winner } });
    const after = data(await app.invoke('admin', 'getOverview'));
    expect(after.connected && after.schedule).toEqual(winner);
    expect((await auditActions()).filter((action) => action === 'SCHEDULE_CHANGED')).toHaveLength(
      1,
    );
  });

  it('the trigger started twice leaves one snapshot and refreshes the session once', async () => {
    await app.emulator.control.advance(24 * 86_400_000);
    await app.emulator.control.resetStats();
    const outcomes = await Promise.all([app.trigger(), app.trigger()]);
    expect(outcomes.filter((outcome) => outcome.ran)).toHaveLength(1);
    const stats = await app.emulator.control.stats();
    expect(stats.byRoute['POST /auth/refresh']).toBe(1);
    expect(stats.byRoute['GET /instance']).toBe(1);
    const snapshot = await app.store.get<{ asOf: string; summary: { securedProjects: number } }>(
      'status-snapshot',
    );
    expect(snapshot?.summary.securedProjects).toBe(25);
    expect(Date.parse(snapshot?.asOf ?? '')).toBeGreaterThan(
      app.emulator.clock.now().getTime() - 60_000,
    );
  });

  it('overviews, a save and a backup at once all answer and agree afterwards', async () => {
    const overview = await connectedOverview(app);
    const schedule = { days: ['TUE'], hour: 3, timezone: 'UTC', version: overview.scheduleVersion };
    const results = await Promise.all([
      ...Array.from({ length: 8 }, (_, i) => app.invoke(i % 2 ? 'member' : 'admin', 'getOverview')),
      app.invoke('admin', 'saveSchedule', schedule),
      app.invoke('admin', 'startBackup'),
      app.trigger(),
    ]);
    for (const result of results.slice(0, 10)) expect(result).toMatchObject({ ok: true });
    const after = data(await app.invoke('admin', 'getOverview'));
    expect(after).toMatchObject({ status: 'RUNNING', schedule: { days: ['TUE'], hour: 3 } });
  });
});
