import { isUpstreamError } from '../../../src/ports/upstreamError';
import { siteProjectAt } from '../../../src/adapters/local/siteProjects';
import { type TestEmulator, startTestEmulator } from '../../support/emulator';
import { headerRecord } from '../../support/openapi';
import { ADMIN, connect, contract, failureOf, harness } from './harness';

/**
 * The history, a job's per-project results, the projects' coverage and sign-in destinations:
 * the client against the emulator, every exchange checked against the contract both ways.
 */

const HOUR_MS = 3_600_000;
let emulator: TestEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator({ projectCount: 10, projectDurationMs: 1_000 });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.control.reset());

function notFoundWhat(error: unknown): unknown {
  return isUpstreamError(error, 'NOT_FOUND') ? (error.detail as { what: unknown }).what : error;
}

describe('the backup history', () => {
  it('pages back through every job, newest first, without gaps or repeats', async () => {
    const h = harness(emulator);
    const { service } = await connect(h);
    const seeded = await emulator.control.seedHistory({ weeks: 3 });
    expect(seeded).toBeGreaterThan(20);

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await service.listJobPage(10, cursor);
      seen.push(...page.jobs.map((job) => job.startedAt));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
      if (cursor) expect(page.jobs).toHaveLength(10);
    } while (cursor && pages < 10);

    expect(seen).toHaveLength(seeded);
    expect(new Set(seen).size).toBe(seeded);
    expect([...seen].sort().reverse()).toEqual(seen);
    expect(pages).toBe(Math.ceil(seeded / 10));
    expect(h.violations).toEqual([]);
  });

  it('keeps older pages steady while a new job starts', async () => {
    const h = harness(emulator);
    const { service } = await connect(h);
    await emulator.control.seedHistory({ weeks: 2 });
    const first = await service.listJobPage(5);
    await service.startBackup(ADMIN, 'while-paging');
    const second = await service.listJobPage(5, first.nextCursor ?? undefined);
    const older = await service.listJobs(100);
    const index = older.findIndex((job) => job.id === first.jobs.at(-1)?.id);
    expect(second.jobs.map((job) => job.id)).toEqual(
      older.slice(index + 1, index + 6).map((job) => job.id),
    );
    expect(h.violations).toEqual([]);
  });

  it('refuses a cursor it did not issue as NOT_FOUND cursor', async () => {
    const h = harness(emulator);
    const { service } = await connect(h);
    for (const cursor of ['before.job_nobody', 'at.3', 'x y']) {
      const { error } = await failureOf(() => service.listJobPage(5, cursor));
      expect([cursor, notFoundWhat(error)]).toEqual([cursor, 'cursor']);
    }
    expect(h.violations).toEqual([]);
  });
});

describe("a job's per-project results", () => {
  it('gives each project its outcome, and each failure the service reason', async () => {
    const h = harness(emulator);
    const { service } = await connect(h);
    await emulator.control.setInstance({ failingProjects: 3 });
    const { job } = await service.startBackup(ADMIN, 'partly-failing');
    await emulator.control.advance(HOUR_MS);

    const details = await service.getJob(job.id);
    expect(details.job).toMatchObject({
      id: job.id,
      outcome: 'SUCCEEDED_WITH_WARNINGS',
      projectsSucceeded: 7,
      projectsFailed: 3,
    });
    expect(details.projects).toHaveLength(10);
    expect(details.nextCursor).toBeNull();
    const failed = details.projects.filter((project) => project.outcome === 'FAILED');
    expect(failed).toHaveLength(3);
    for (const project of failed) expect(project.failureReason).toMatch(/\w+/);
    for (const project of details.projects.filter((p) => p.outcome === 'SUCCEEDED')) {
      expect([project.failureReason, typeof project.finishedAt]).toEqual([null, 'string']);
    }

    const onlyFailed = await service.getJob(job.id, { outcome: 'FAILED' });
    expect(onlyFailed.projects.map((project) => project.key)).toEqual(
      failed.map((project) => project.key),
    );
    expect(h.violations).toEqual([]);
  });

  it('pages the results, and shows a running job with its projects pending', async () => {
    const h = harness(emulator);
    const { service } = await connect(h);
    const { job } = await service.startBackup(ADMIN, 'running');
    await emulator.control.advance(4_500);
    const first = await service.getJob(job.id, { limit: 6 });
    expect(first.job.outcome).toBe('RUNNING');
    expect(first.projects.map((project) => project.outcome)).toEqual([
      'SUCCEEDED',
      'SUCCEEDED',
      'SUCCEEDED',
      'SUCCEEDED',
      'PENDING',
      'PENDING',
    ]);
    const rest = await service.getJob(job.id, { limit: 6, cursor: first.nextCursor! });
    expect(rest.projects).toHaveLength(4);
    expect(rest.nextCursor).toBeNull();
    expect([...first.projects, ...rest.projects].map((project) => project.key)).toEqual(
      Array.from({ length: 10 }, (_, index) => siteProjectAt(index).key),
    );
    expect(h.violations).toEqual([]);
  });

  it('fails every project for the refused token while Jira refuses the credentials', async () => {
    const h = harness(emulator);
    const { service } = await connect(h);
    await emulator.control.setInstance({ credentialsStatus: 'REJECTED' });
    const { job } = await service.startBackup(ADMIN, 'rejected');
    await emulator.control.advance(HOUR_MS);
    const { projects } = await service.getJob(job.id, { outcome: 'FAILED' });
    expect(projects).toHaveLength(10);
    expect(new Set(projects.map((project) => project.failureReason))).toEqual(
      new Set([expect.stringMatching(/API token of the backup account/)]),
    );
  });

  it('answers a job it does not have as NOT_FOUND job', async () => {
    const h = harness(emulator);
    const { service } = await connect(h);
    for (const jobId of ['job_0000000000000000', 'not a job', '../instance']) {
      const { error } = await failureOf(() => service.getJob(jobId));
      expect([jobId, notFoundWhat(error)]).toEqual([jobId, 'job']);
    }
    expect(h.violations).toEqual([]);
  });
});

describe("the projects' coverage", () => {
  it('lists the keys asked for that the backup account sees, with plan and last backup', async () => {
    const h = harness(emulator);
    const { service } = await connect(h);
    await emulator.control.setInstance({
      hiddenProjects: 2,
      excludedProjects: 1,
      failingProjects: 7,
    });
    await service.startBackup(ADMIN, 'coverage');
    await emulator.control.advance(HOUR_MS);

    const keys = Array.from({ length: 10 }, (_, index) => siteProjectAt(index).key);
    const page = await service.projectsByKey([...keys, 'NOSUCH']);
    expect([page.visibleProjects, page.plannedProjects]).toEqual([8, 7]);
    expect(page.projects.map((project) => project.key)).toEqual(keys.slice(0, 8));
    expect(page.projects[0]).toEqual({
      ...siteProjectAt(0),
      inPlan: false,
      lastBackup: null,
      lastSuccessAt: null,
    });
    const backedUp = page.projects.slice(1);
    expect(backedUp.every((project) => project.inPlan && project.lastBackup !== null)).toBe(true);
    expect(backedUp.every((project) => project.lastBackup?.outcome === 'FAILED')).toBe(true);
    expect(backedUp.every((project) => project.lastSuccessAt === null)).toBe(true);
    expect(backedUp[0]?.lastBackup?.failureReason).toMatch(/\w/);

    const totalsOnly = await service.projectsByKey([]);
    expect(totalsOnly).toEqual({ projects: [], visibleProjects: 8, plannedProjects: 7 });
    const summary = await service.getSummary();
    expect(summary).toMatchObject({ visibleProjects: 8, securedProjects: 7, protectedProjects: 0 });
    expect(h.violations).toEqual([]);
  });

  it('counts as protected the planned projects with a success within the plan’s period', async () => {
    const h = harness(emulator);
    const { service } = await connect(h);
    await emulator.control.setInstance({
      hiddenProjects: 2,
      excludedProjects: 1,
      failingProjects: 3,
    });
    await service.startBackup(ADMIN, 'coverage');
    await emulator.control.advance(HOUR_MS);
    const finished = await service.getSummary();
    // 10 projects: 2 hidden, 1 left out of the plan, 3 of the 7 planned failing.
    expect(finished).toMatchObject({
      visibleProjects: 8,
      securedProjects: 7,
      protectedProjects: 4,
    });
    const [succeeded] = (await service.projectsByKey([siteProjectAt(1).key])).projects;
    expect(succeeded?.lastSuccessAt).toBe(succeeded?.lastBackup?.finishedAt);

    // Daily default plan: a success protects for 30 hours. The nightly runs keep them protected
    // while they succeed; with every space failing from now on, none is after 30 hours.
    await emulator.control.setInstance({ failingProjects: 7 });
    await emulator.control.advance(31 * HOUR_MS);
    expect(await service.getSummary()).toMatchObject({ protectedProjects: 0 });
    expect(h.violations).toEqual([]);
  });

  it('pages every project the backup account sees by key, without keys', async () => {
    const h = harness(emulator);
    await connect(h);
    await emulator.control.setInstance({ hiddenProjects: 3 });
    const state = (await emulator.control.state()) as {
      accessTokens: Record<string, { cloudId: string }>;
    };
    const token = Object.keys(state.accessTokens)[0]!;
    const keys: string[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/instance/projects?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await fetch(`${emulator.baseUrls.EU}${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const text = await response.text();
      const reply = { status: response.status, headers: headerRecord(response.headers), text };
      expect(contract.validateResponse('GET', path, reply)).toEqual([]);
      const body = JSON.parse(text) as { projects: { key: string }[]; nextCursor: string | null };
      keys.push(...body.projects.map((project) => project.key));
      cursor = body.nextCursor;
    } while (cursor);
    expect(keys).toHaveLength(7);
    expect([...keys].sort()).toEqual(keys);
  });
});

describe('sign-in destinations', () => {
  it('carries each destination of the closed list in the sign-in request', async () => {
    const h = harness(emulator);
    const { service, registration } = await connect(h);
    const { job } = await service.startBackup(ADMIN, 'for-logs');
    for (const destination of [
      undefined,
      { kind: 'HOME' as const },
      { kind: 'JOB_LOGS' as const, jobId: job.id },
      { kind: 'RESTORE_PROJECT' as const, projectKey: 'WEB' },
      { kind: 'NOTIFICATION_SETTINGS' as const },
    ]) {
      const link = await service.createSsoUrl(ADMIN, destination);
      expect(link.url).toMatch(
        new RegExp(`^https://${registration.managementHost.replace(/\./g, '\\.')}/sso/[\\w-]+$`),
      );
    }
    const state = (await emulator.control.state()) as {
      ssoCodes: Record<string, { destination: unknown }>;
    };
    expect(Object.values(state.ssoCodes).map((code) => code.destination)).toEqual([
      { kind: 'HOME' },
      { kind: 'HOME' },
      { kind: 'JOB_LOGS', jobId: job.id },
      { kind: 'RESTORE_PROJECT', projectKey: 'WEB' },
      { kind: 'NOTIFICATION_SETTINGS' },
    ]);
    expect(h.violations).toEqual([]);
  });

  it('answers logs of a job the instance lacks as NOT_FOUND job', async () => {
    const h = harness(emulator);
    const { service } = await connect(h);
    const { error } = await failureOf(() =>
      service.createSsoUrl(ADMIN, { kind: 'JOB_LOGS', jobId: 'job_nobody' }),
    );
    expect(notFoundWhat(error)).toBe('job');
    expect(h.violations).toEqual([]);
  });
});
