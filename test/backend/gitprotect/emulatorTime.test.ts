import type { ManagementService } from '../../../src/ports/managementService';
import { type TestEmulator, startTestEmulator } from '../../support/emulator';
import { ADMIN, type Harness, JIRA, connect, harness } from './harness';

/** The emulated instance lives on the emulator's clock: jobs progress and schedules fire with it. */

const MONDAY_MORNING = new Date('2026-11-23T10:00:00Z');
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

let emulator: TestEmulator;
let h: Harness;
let service: ManagementService;

beforeAll(async () => {
  emulator = await startTestEmulator({ startAt: MONDAY_MORNING });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await emulator.control.reset();
  await emulator.control.setInstance({
    projectCount: 10,
    projectDurationMs: MINUTE_MS,
    failingProjects: 0,
  });
  h = harness(emulator);
  service = (await connect(h)).service;
});
afterEach(() => expect(h.violations).toEqual([]));

describe('a backup job', () => {
  it('backs up one project after another as the clock moves', async () => {
    const { job } = await service.startBackup(ADMIN, 'k');
    await emulator.control.advance(5 * MINUTE_MS);
    await expect(service.getSummary()).resolves.toMatchObject({
      runningJob: { id: job.id, outcome: 'RUNNING', projectsSucceeded: 5, projectsFailed: 0 },
      lastJob: null,
    });

    await emulator.control.advance(6 * MINUTE_MS);
    const summary = await service.getSummary();
    expect(summary.runningJob).toBeNull();
    expect(summary.lastJob).toEqual({
      ...job,
      outcome: 'SUCCEEDED',
      projectsSucceeded: 10,
      finishedAt: new Date(Date.parse(job.startedAt) + 10 * MINUTE_MS).toISOString(),
    });
  });

  it.each([
    [3, 'SUCCEEDED_WITH_WARNINGS', 7],
    [10, 'FAILED', 0],
  ] as const)('with %i failing projects of 10 ends %s', async (failing, outcome, succeeded) => {
    await emulator.control.setInstance({ failingProjects: failing });
    await service.startBackup(ADMIN, 'k');
    await emulator.control.advance(10 * MINUTE_MS);
    const [job] = await service.listJobs(1);
    expect(job).toMatchObject({ outcome, projectsSucceeded: succeeded, projectsFailed: failing });
  });

  it('may start again once the previous one finished', async () => {
    const first = await service.startBackup(ADMIN, 'first');
    await emulator.control.advance(10 * MINUTE_MS);
    const second = await service.startBackup(ADMIN, 'second');
    expect(second.created).toBe(true);
    expect(second.job.id).not.toBe(first.job.id);
  });
});

describe('the schedule', () => {
  it('follows the default plan, daily at 02:00 UTC, while none is configured', async () => {
    await emulator.control.advance(DAY_MS);
    const [job] = await service.listJobs(5);
    expect(job).toMatchObject({
      startedAt: '2026-11-24T02:00:00.000Z',
      trigger: { kind: 'SCHEDULE' },
    });
  });

  it('starts a run at each due instant of the plan, in the plan time zone', async () => {
    const { version } = await service.getSchedule();
    await service.replaceSchedule(
      { days: ['MON', 'WED'], hour: 3, timezone: 'Europe/Warsaw' },
      version,
    );
    await expect(service.getSummary()).resolves.toMatchObject({
      nextBackupAt: '2026-11-25T02:00:00.000Z',
    });

    await emulator.control.advance(40 * HOUR_MS + 30 * MINUTE_MS);
    const jobs = await service.listJobs(10);
    expect(jobs.map((job) => [job.startedAt, job.trigger.kind])).toEqual([
      ['2026-11-25T02:00:00.000Z', 'SCHEDULE'],
    ]);
    await expect(service.getSummary()).resolves.toMatchObject({
      nextBackupAt: '2026-11-30T02:00:00.000Z',
    });
  });

  it('skips a run that falls due while a job is still running', async () => {
    await emulator.control.setInstance({ projectDurationMs: 3 * HOUR_MS });
    await emulator.control.advance(3 * DAY_MS);
    const jobs = await service.listJobs(10);
    // 30-hour jobs from 02:00 on Tuesday: Wednesday's run is skipped, Thursday's starts.
    expect(jobs.map((job) => job.startedAt)).toEqual([
      '2026-11-26T02:00:00.000Z',
      '2026-11-24T02:00:00.000Z',
    ]);
  });
});

describe('the Jira credentials', () => {
  it('turn REJECTED once their expiry day is over, and backups then fail', async () => {
    await service.updateCredentials({ ...JIRA, expiresOn: '2026-11-30' });
    await emulator.control.advance(
      Date.parse('2026-11-30T23:00:00Z') - emulator.clock.now().getTime(),
    );
    await expect(service.getSummary()).resolves.toMatchObject({ credentialsStatus: 'VALID' });

    await emulator.control.advance(3 * HOUR_MS);
    const summary = await service.getSummary();
    expect(summary.credentialsStatus).toBe('REJECTED');
    expect(summary.runningJob).toMatchObject({ startedAt: '2026-12-01T02:00:00.000Z' });
    await emulator.control.advance(10 * MINUTE_MS);
    await expect(service.listJobs(1)).resolves.toMatchObject([
      { outcome: 'FAILED', projectsFailed: 10 },
    ]);

    await service.updateCredentials({ ...JIRA, expiresOn: '2027-11-30' });
    await expect(service.getSummary()).resolves.toMatchObject({ credentialsStatus: 'VALID' });
  });

  it('can be marked REJECTED by a test', async () => {
    await emulator.control.setInstance({
      credentialsStatus: 'REJECTED',
      storageRegion: 'us-west-2',
    });
    await expect(service.getSummary()).resolves.toMatchObject({
      credentialsStatus: 'REJECTED',
      storageRegion: 'us-west-2',
    });
  });
});

describe('seeded history', () => {
  it('adds finished past jobs: scheduled ones, one partly failed, one by Alex Admin', async () => {
    const added = await emulator.control.seedHistory({ weeks: 3 });
    const jobs = await service.listJobs(100);
    expect(jobs).toHaveLength(added);
    expect(added).toBe(22);
    expect(
      jobs.every(
        (job) =>
          job.outcome !== 'RUNNING' &&
          Date.parse(job.finishedAt!) <= emulator.clock.now().getTime(),
      ),
    ).toBe(true);
    expect(jobs.filter((job) => job.outcome === 'SUCCEEDED_WITH_WARNINGS')).toHaveLength(1);
    expect(jobs.filter((job) => job.trigger.kind === 'ADMIN')).toEqual([
      expect.objectContaining({
        trigger: { kind: 'ADMIN', accountId: expect.any(String), displayName: 'Alex Admin' },
      }),
    ]);
    await expect(service.getSummary()).resolves.toMatchObject({ lastJob: jobs[0] });
  });
});
