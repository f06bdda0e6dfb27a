/**
 * An open page reads the overview again with `{ idle: true }` while nothing runs: the stored
 * snapshot answers while it is fresh, with no call to the Management Service; the service is
 * read once it is stale, when the plan's next run falls due, and while a job runs. A backup
 * started or a plan saved through the app is written into the snapshot, so other open pages
 * see it without asking the service.
 */
import type { ConnectedOverview, Schedule } from '../../../src/contract';
import { RUN_START_GRACE_MS, SNAPSHOT_FRESH_MS, snapshotIsFresh } from '../../../src/app/freshness';
import type { StatusSnapshot } from '../../../src/app/state';
import { data, startTestApp, type TestApp } from '../../support/app';
import { connected } from '../support/siteAdmin';

const HOUR_MS = 3_600_000;
let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.emulator.control.clearFaults();
  await app.close();
});

/** Every day, 12 hours from now (whole hours, UTC): no run falls due while a test moves minutes. */
function farSchedule(): Schedule {
  const hour = (app.emulator.clock.now().getUTCHours() + 12) % 24;
  return { days: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'], hour, timezone: 'UTC' };
}

async function live(): Promise<ConnectedOverview> {
  return connected(data(await app.invoke('admin', 'getOverview')));
}

async function idle(as: 'admin' | 'member' = 'admin'): Promise<ConnectedOverview> {
  return connected(data(await app.invoke(as, 'getOverview', { idle: true })));
}

/** The requests the service received during `read`. */
async function serviceCallsOf<T>(read: () => Promise<T>): Promise<{ calls: number; result: T }> {
  await app.emulator.control.resetStats();
  const result = await read();
  return { calls: (await app.emulator.control.stats()).requests, result };
}

/** Saves `schedule` as the plan and reads the overview live, which stores a fresh snapshot. */
async function planAndRead(schedule: Schedule): Promise<ConnectedOverview> {
  const version = (await live()).scheduleVersion;
  data(await app.invoke('admin', 'saveSchedule', { ...schedule, version }));
  return live();
}

describe('an idle read', () => {
  it('answers from the fresh snapshot without asking the service, for admins and members', async () => {
    const read = await planAndRead(farSchedule());
    for (const as of ['admin', 'member'] as const) {
      const { calls, result } = await serviceCallsOf(() => idle(as));
      expect(calls).toBe(0);
      expect(result).toMatchObject({
        stale: false,
        status: read.status,
        nextBackupAt: read.nextBackupAt,
        securedProjects: 25,
      });
    }
    // Without the flag the service is read, as before.
    expect((await serviceCallsOf(live)).calls).toBeGreaterThan(0);
  });

  it('reads the service once the snapshot is older than 30 minutes, and stores what it read', async () => {
    await planAndRead(farSchedule());
    await app.emulator.control.advance(SNAPSHOT_FRESH_MS - 60_000);
    expect((await serviceCallsOf(() => idle())).calls).toBe(0);
    await app.emulator.control.advance(2 * 60_000);
    const movedAt = app.emulator.clock.now().getTime();
    const { calls, result } = await serviceCallsOf(() => idle());
    expect(calls).toBeGreaterThan(0);
    expect(Date.parse(result.asOf)).toBeGreaterThanOrEqual(movedAt);
    // What it read is the new snapshot: the next idle read is answered from it.
    expect((await serviceCallsOf(() => idle())).calls).toBe(0);
  });

  it('reads the service when the next planned run falls due, and shows its backup', async () => {
    const before = await planAndRead(farSchedule());
    const due = Date.parse(before.nextBackupAt ?? '');
    // The site was read 5 minutes before the run (the hourly sync keeps the snapshot as fresh).
    await app.emulator.control.advance(due - app.emulator.clock.now().getTime() - 5 * 60_000);
    await live();
    await app.emulator.control.advance(5 * 60_000 - 5_000);
    const early = await serviceCallsOf(() => idle());
    expect(early.calls).toBe(0);
    expect(early.result.runningJob).toBeNull();

    await app.emulator.control.advance(6_000);
    const { calls, result } = await serviceCallsOf(() => idle());
    expect(calls).toBeGreaterThan(0);
    expect(result.status).toBe('RUNNING');
    expect(result.runningJob).toMatchObject({
      startedAt: new Date(due).toISOString(),
      trigger: { kind: 'SCHEDULE' },
    });
    // While it runs, every idle read asks the service: its progress moves.
    expect((await serviceCallsOf(() => idle())).calls).toBeGreaterThan(0);
    // Once it has finished and been read, the snapshot is fresh again until the next run.
    await app.emulator.control.advance(HOUR_MS);
    const finished = await serviceCallsOf(() => idle());
    expect(finished.calls).toBeGreaterThan(0);
    expect(finished.result.runningJob).toBeNull();
    expect(finished.result.lastBackup).toMatchObject({ startedAt: new Date(due).toISOString() });
    expect((await serviceCallsOf(() => idle())).calls).toBe(0);
  });

  it('shows a backup another admin started here at once, and reads the service while it runs', async () => {
    await planAndRead(farSchedule());
    const started = data(await app.invoke('admin', 'startBackup'));
    // The service is down: the member's idle read has only the snapshot, which knows of the job.
    await app.emulator.control.faults({ mode: 'error500' });
    const seen = await idle('member');
    expect(seen.runningJob).toMatchObject({ id: started.job.id });
    expect(seen.status).toBe('RUNNING');
    await app.emulator.control.clearFaults();
    const { calls, result } = await serviceCallsOf(() => idle('member'));
    expect(calls).toBeGreaterThan(0);
    expect(result).toMatchObject({ stale: false, runningJob: { id: started.job.id } });
  });

  it('shows a plan another admin saved here without asking the service', async () => {
    const before = await planAndRead(farSchedule());
    const later: Schedule = { ...farSchedule(), days: ['SAT'], hour: 3 };
    const saved = data(
      await app.invoke('admin', 'saveSchedule', { ...later, version: before.scheduleVersion }),
    );
    const { calls, result } = await serviceCallsOf(() => idle('member'));
    expect(calls).toBe(0);
    expect(result.schedule).toMatchObject({ days: ['SAT'], hour: 3 });
    expect(result.nextBackupAt).toBe(saved.nextBackups[0]);
  });

  it('is refused with anything but idle: true, and nothing is read', async () => {
    for (const payload of [{ idle: false }, { idle: 'true' }, { idle: 1 }, { idle: true, x: 1 }]) {
      await app.emulator.control.resetStats();
      expect(await app.invoke('member', 'getOverview', payload)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
      expect((await app.emulator.control.stats()).requests).toBe(0);
    }
  });
});

describe('snapshotIsFresh', () => {
  const now = new Date('2027-03-10T12:00:00Z');
  const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
  const job = (startedAt: string) => ({
    id: 'job_1',
    outcome: 'SUCCEEDED' as const,
    startedAt,
    finishedAt: startedAt,
    projectsTotal: 1,
    projectsSucceeded: 1,
    projectsFailed: 0,
    trigger: { kind: 'SCHEDULE' as const },
  });
  /** Read 5 minutes ago; the plan runs every day at 11:58 UTC, so one fell due 2 minutes ago. */
  function snapshot(change: Partial<StatusSnapshot['summary']> = {}): StatusSnapshot {
    return {
      asOf: at(-5 * 60_000),
      summary: {
        instanceId: 'i',
        serviceRegion: 'EU',
        storageRegion: 'EU',
        securedProjects: 1,
        visibleProjects: 1,
        protectedProjects: 1,
        credentialsStatus: 'VALID',
        lastJob: job(at(-26 * HOUR_MS)),
        runningJob: null,
        nextBackupAt: at(-2 * 60_000),
        ...change,
      },
      scheduleVersion: 'v1',
      schedule: {
        days: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'],
        hour: 11,
        timezone: 'UTC',
        version: 'v1',
      },
      recentJobs: [],
      siteProjects: 1,
    };
  }

  it('is not fresh once the next run has come, nor while a job runs', () => {
    expect(snapshotIsFresh(snapshot(), now)).toBe(false);
    expect(
      snapshotIsFresh(snapshot({ nextBackupAt: at(HOUR_MS), runningJob: job(at(-60_000)) }), now),
    ).toBe(false);
  });

  it('waits a grace period for a planned run the service starts late', () => {
    // 11:00 fell due an hour ago: past the grace period, the snapshot is fresh again.
    const tomorrow = { nextBackupAt: at(23 * HOUR_MS) };
    expect(snapshotIsFresh(snapshot(tomorrow), now)).toBe(true);
    const later = new Date(now.getTime() - HOUR_MS + RUN_START_GRACE_MS / 2);
    const readAfterDue = {
      ...snapshot(tomorrow),
      asOf: new Date(later.getTime() - 60_000).toISOString(),
    };
    expect(snapshotIsFresh(readAfterDue, later)).toBe(false);
    const withItsJob = {
      ...readAfterDue,
      summary: { ...readAfterDue.summary, lastJob: job(at(-HOUR_MS + 30_000)) },
    };
    expect(snapshotIsFresh(withItsJob, later)).toBe(true);
  });

  it('is not fresh when read in the future or over 30 minutes ago', () => {
    const tomorrow = { nextBackupAt: at(23 * HOUR_MS) };
    expect(snapshotIsFresh({ ...snapshot(tomorrow), asOf: at(60_000) }, now)).toBe(false);
    expect(snapshotIsFresh({ ...snapshot(tomorrow), asOf: at(-SNAPSHOT_FRESH_MS - 1) }, now)).toBe(
      false,
    );
  });
});
