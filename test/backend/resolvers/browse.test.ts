import { siteProjectAt } from '../../../src/adapters/local/siteProjects';
import type { ProjectCoveragePage } from '../../../src/contract';
import { UpstreamError } from '../../../src/ports/upstreamError';
import { requireConnection } from '../../../src/app/connection';
import { ADMIN_EMAIL, data, startTestApp, type TestApp } from '../../support/app';

/**
 * The resolvers behind the coverage view, the job details and the history's paging, and the
 * hand-off with a destination: through @forge/resolver's dispatch, over HTTP to the emulator.
 */

const HOUR_MS = 3_600_000;
let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(() => app.close());

async function finishedJob(failingProjects = 0) {
  await app.emulator.control.setInstance({ failingProjects });
  const started = data(await app.invoke('admin', 'startBackup'));
  await app.emulator.control.advance(HOUR_MS);
  return started.job;
}

describe('getCoverage', () => {
  it('finds the projects the backup account cannot see, and says who needs which permission', async () => {
    await app.emulator.control.setInstance({ hiddenProjects: 3, excludedProjects: 1 });
    await finishedJob(2);
    const first = data(await app.invoke('admin', 'getCoverage', { limit: 10 }));
    expect(first).toMatchObject({
      startAt: 0,
      nextStartAt: 10,
      siteProjects: 25,
      visibleToBackupAccount: 22,
      plannedProjects: 21,
      notVisibleToBackupAccount: 3,
      backupAccount: { email: ADMIN_EMAIL },
    });
    const all = [...first.projects];
    let next = first.nextStartAt;
    while (next !== null) {
      const page = data(await app.invoke('admin', 'getCoverage', { startAt: next, limit: 10 }));
      all.push(...page.projects);
      next = page.nextStartAt;
    }
    expect(all).toHaveLength(25);
    const hidden = [22, 23, 24].map((index) => siteProjectAt(index).key).sort();
    const notVisible = all.filter((row) => row.status === 'NOT_VISIBLE_TO_BACKUP_ACCOUNT');
    expect(notVisible.map((row) => row.key).sort()).toEqual(hidden);
    expect(notVisible.every((row) => row.fix === 'GRANT_BROWSE_PROJECTS')).toBe(true);
    expect(all.find((row) => row.key === siteProjectAt(0).key)).toMatchObject({
      status: 'NOT_IN_PLAN',
      fix: 'ADD_TO_PLAN',
    });
    const failed = all.filter((row) => row.status === 'LAST_BACKUP_FAILED');
    expect(failed).toHaveLength(2);
    expect(failed[0]).toMatchObject({
      fix: 'SEE_JOB_LOGS',
      lastBackup: { outcome: 'FAILED', failureReason: expect.any(String) },
    });
    expect(all.filter((row) => row.status === 'PROTECTED')).toHaveLength(19);
  });

  it('calls a space protected only after a success within the plan’s period', async () => {
    const statuses = async () =>
      data(await app.invoke('admin', 'getCoverage', { limit: 5 })).projects.map((p) => [
        p.status,
        p.fix,
      ]);
    // Connected, nothing backed up yet: no space is protected, a backup is the fix.
    expect(new Set((await statuses()).map(String))).toEqual(
      new Set([String(['NEVER_BACKED_UP', 'START_BACKUP'])]),
    );
    await finishedJob(0);
    const backedUp = data(await app.invoke('admin', 'getCoverage', { limit: 5 })).projects;
    expect(backedUp.every((p) => p.status === 'PROTECTED' && p.lastSuccessAt !== null)).toBe(true);
    // Every nightly run fails from now on: after the daily plan's 30 hours none is protected,
    // and the failure is the cause (its logs the fix).
    await app.emulator.control.setInstance({ failingProjects: 25 });
    await app.emulator.control.advance(31 * HOUR_MS);
    expect(new Set((await statuses()).map(String))).toEqual(
      new Set([String(['LAST_BACKUP_FAILED', 'SEE_JOB_LOGS'])]),
    );
  });

  it('is for admins only, validates its payload strictly, and needs a connection', async () => {
    expect(await app.invoke('member', 'getCoverage')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    for (const [payload, field] of [
      [{ limit: 0 }, 'limit'],
      [{ limit: 101 }, 'limit'],
      [{ startAt: -1 }, 'startAt'],
      [{ startAt: 1.5 }, 'startAt'],
      [{ extra: true }, 'extra'],
      ['page 2', 'payload'],
    ] as const) {
      expect(await app.invoke('admin', 'getCoverage', payload)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', field },
      });
    }
    data(await app.invoke('admin', 'disconnect'));
    expect(await app.invoke('admin', 'getCoverage')).toMatchObject({
      ok: false,
      error: { code: 'NOT_CONNECTED' },
    });
  });

  it('searches the site by key or name through Jira, in natural order, at 1,500 spaces', async () => {
    await app.emulator.control.setInstance({ projectCount: 1500 });
    app.jira.projects = 1500;
    await finishedJob();
    app.jira.calls = 0;
    const byKey = data(await app.invoke('admin', 'getCoverage', { query: ' anl5 ' }));
    // Keys ANL5 and ANL50 to ANL59, whose names ("Analytics 5", ...) match too: ANL5 first.
    expect(byKey.projects.map((p) => p.key)).toEqual([
      'ANL5',
      ...Array.from({ length: 10 }, (_, i) => `ANL${50 + i}`),
    ]);
    expect(byKey).toMatchObject({
      matchingProjects: 11,
      siteProjects: 1500,
      lookedAt: 11,
      nextStartAt: null,
      notVisibleToBackupAccount: 0,
    });
    expect(byKey.projects.every((p) => p.status === 'PROTECTED')).toBe(true);
    // One page of matches and the site's count; the admin check is the third.
    expect(app.jira.calls).toBe(3);

    const byName = data(
      await app.invoke('admin', 'getCoverage', { query: 'IDENTITY AND ACCESS 4' }),
    );
    expect(byName.projects.map((p) => p.name)).toEqual([
      'Identity and Access 4',
      ...Array.from({ length: 10 }, (_, i) => `Identity and Access ${40 + i}`),
    ]);

    // Jira lists keys as text (ANL, ANL10, ..., ANL2, ...); a page comes in natural order.
    const analytics = data(await app.invoke('admin', 'getCoverage', { query: 'ANL', limit: 100 }));
    expect(analytics.projects.map((p) => p.key)).toEqual([
      'ANL',
      ...Array.from({ length: 59 }, (_, i) => `ANL${i + 2}`),
    ]);

    const none = data(await app.invoke('admin', 'getCoverage', { query: 'no such space' }));
    expect(none).toMatchObject({
      projects: [],
      matchingProjects: 0,
      siteProjects: 1500,
      nextStartAt: null,
      visibleToBackupAccount: 1500,
    });
  });

  it('lists only the spaces that are not protected, looking further page by page', async () => {
    await app.emulator.control.setInstance({ projectCount: 1500, hiddenProjects: 4 });
    app.jira.projects = 1500;
    await finishedJob();
    const hidden = [1496, 1497, 1498, 1499].map((index) => siteProjectAt(index).key);
    // In Jira's order by key, where the hidden ones are among the 1,500.
    const sorted = Array.from({ length: 1500 }, (_, i) => siteProjectAt(i).key).sort();
    const positions = hidden.map((key) => sorted.indexOf(key)).sort((a, b) => a - b);

    const seen: string[] = [];
    let startAt: number | null = 0;
    let calls = 0;
    while (startAt !== null) {
      await app.emulator.control.resetStats();
      app.jira.calls = 0;
      const page: ProjectCoveragePage = data(
        await app.invoke('admin', 'getCoverage', { startAt, limit: 2, onlyUnprotected: true }),
      );
      calls += 1;
      // At most three of Jira's pages and three questions to GitProtect, whatever the size.
      expect(app.jira.calls).toBeLessThanOrEqual(1 + 3);
      expect((await app.emulator.control.stats()).requests).toBeLessThanOrEqual(3);
      expect(page.lookedAt - startAt).toBeLessThanOrEqual(300);
      expect(page.matchingProjects).toBe(1500);
      for (const row of page.projects) {
        expect(row.status).toBe('NOT_VISIBLE_TO_BACKUP_ACCOUNT');
        // Found where Jira lists it: never past what the page says it looked at.
        expect(sorted.indexOf(row.key)).toBeLessThan(page.lookedAt);
      }
      seen.push(...page.projects.map((row) => row.key));
      if (page.projects.length === 2) {
        expect(page.lookedAt).toBe(positions[seen.length - 1]! + 1);
      }
      expect(page.nextStartAt).toBe(page.lookedAt < 1500 ? page.lookedAt : null);
      startAt = page.nextStartAt;
    }
    expect(seen.sort()).toEqual([...hidden].sort());
    expect(calls).toBeGreaterThanOrEqual(5);
  });

  it('refuses a search it cannot pass on to Jira, naming the field', async () => {
    for (const [payload, field] of [
      [{ query: '' }, 'query'],
      [{ query: '   ' }, 'query'],
      [{ query: 'x'.repeat(81) }, 'query'],
      [{ query: 'ANL\n5' }, 'query'],
      [{ query: 5 }, 'query'],
      [{ onlyUnprotected: 'yes' }, 'onlyUnprotected'],
    ] as const) {
      expect(await app.invoke('admin', 'getCoverage', payload)).toMatchObject({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          field,
          message: expect.stringMatching(/^(Search for 1 to 80 characters|onlyUnprotected is)/),
        },
      });
    }
    expect(
      data(await app.invoke('admin', 'getCoverage', { query: 'x'.repeat(80) })).projects,
    ).toEqual([]);
  });

  it('fails closed when Jira is down (the admin check), or its project list is', async () => {
    app.jira.unavailable = true;
    expect(await app.invoke('admin', 'getCoverage')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    app.jira.unavailable = false;
    app.jira.listProjects = () => Promise.reject(new UpstreamError('UNAVAILABLE', 'Jira 503'));
    expect(await app.invoke('admin', 'getCoverage')).toMatchObject({
      ok: false,
      error: { code: 'UPSTREAM_UNAVAILABLE' },
    });
  });

  it('answers UPSTREAM_UNAVAILABLE when GitProtect is down', async () => {
    await app.emulator.control.faults({ mode: 'error500', route: 'GET /instance/projects' });
    expect(await app.invoke('admin', 'getCoverage')).toMatchObject({
      ok: false,
      error: { code: 'UPSTREAM_UNAVAILABLE' },
    });
  });
});

describe('getJob', () => {
  it('gives the start, end, duration, trigger and each failed project with its reason', async () => {
    const job = await finishedJob(3);
    const details = data(await app.invoke('admin', 'getJob', { jobId: job.id }));
    expect(details.job).toMatchObject({
      id: job.id,
      outcome: 'SUCCEEDED_WITH_WARNINGS',
      trigger: { kind: 'ADMIN', displayName: 'Alex Admin' },
    });
    expect(details.durationMs).toBe(
      Date.parse(details.job.finishedAt!) - Date.parse(details.job.startedAt),
    );
    expect(details.projects).toHaveLength(25);
    const failed = data(
      await app.invoke('admin', 'getJob', { jobId: job.id, outcome: 'FAILED', limit: 2 }),
    );
    expect(failed.projects).toHaveLength(2);
    expect(failed.projects.every((p) => p.outcome === 'FAILED' && p.failureReason)).toBe(true);
    const rest = data(
      await app.invoke('admin', 'getJob', {
        jobId: job.id,
        outcome: 'FAILED',
        cursor: failed.nextCursor,
      }),
    );
    expect(rest.projects).toHaveLength(1);
  });

  it('refuses members, bad ids and unknown jobs with a clear error', async () => {
    const job = await finishedJob();
    expect(await app.invoke('member', 'getJob', { jobId: job.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    for (const [payload, field] of [
      [{}, 'jobId'],
      [{ jobId: '../instance' }, 'jobId'],
      [{ jobId: job.id, outcome: 'DONE' }, 'outcome'],
      [{ jobId: job.id, cursor: 'a b' }, 'cursor'],
      [{ jobId: job.id, limit: 500 }, 'limit'],
      [{ jobId: job.id, more: 1 }, 'more'],
      [{ jobId: 'job_0000000000000000' }, 'jobId'],
      [{ jobId: job.id, cursor: 'at.99999' }, 'cursor'],
    ] as const) {
      expect(await app.invoke('admin', 'getJob', payload)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', field },
      });
    }
  });
});

describe('job ids that a URL would resolve into another path', () => {
  test.each([['.'], ['..']])(
    '%j is refused before any call, as a job and as a destination',
    async (jobId) => {
      await app.emulator.control.resetStats();
      expect(await app.invoke('admin', 'getJob', { jobId })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', field: 'jobId' },
      });
      expect(
        await app.invoke('admin', 'openManagementService', {
          destination: { kind: 'JOB_LOGS', jobId },
        }),
      ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'destination' } });
      expect((await app.emulator.control.stats()).requests).toBe(0);
    },
  );

  test.each([['.'], ['..']])('the client itself refuses %j without sending it', async (jobId) => {
    const service = (await requireConnection(app.deps)).service;
    await app.emulator.control.resetStats();
    await expect(service.getJob(jobId, { limit: 10 })).rejects.toMatchObject({
      kind: 'NOT_FOUND',
    });
    expect((await app.emulator.control.stats()).requests).toBe(0);
  });
});

describe('listJobs', () => {
  it('pages the history beyond the last 10 runs, newest first', async () => {
    await app.emulator.control.seedHistory({ weeks: 3 });
    const overview = data(await app.invoke('admin', 'getOverview'));
    const first = data(await app.invoke('admin', 'listJobs'));
    expect(overview.connected && overview.recentJobs.map((job) => job.id)).toEqual(
      first.jobs.map((job) => job.id),
    );
    const second = data(await app.invoke('admin', 'listJobs', { cursor: first.nextCursor }));
    expect(second.jobs).toHaveLength(10);
    expect(Date.parse(second.jobs[0]!.startedAt)).toBeLessThan(
      Date.parse(first.jobs.at(-1)!.startedAt),
    );
  });

  it("shows a member the history without the admins' names", async () => {
    await app.emulator.control.seedHistory({ weeks: 3 });
    data(await app.invoke('admin', 'startBackup'));
    const page = data(await app.invoke('member', 'listJobs', { limit: 50 }));
    const manual = page.jobs.filter((job) => job.trigger.kind === 'ADMIN');
    expect(manual.length).toBeGreaterThan(0);
    expect(manual.every((job) => JSON.stringify(job.trigger) === '{"kind":"ADMIN"}')).toBe(true);
    expect(JSON.stringify(page)).not.toContain('Alex Admin');
  });

  it('refuses a bad page size, an unknown cursor and unknown fields', async () => {
    for (const [payload, field] of [
      [{ limit: 51 }, 'limit'],
      [{ cursor: 'before.job_nobody' }, 'cursor'],
      [{ cursor: 7 }, 'cursor'],
      [{ page: 2 }, 'page'],
    ] as const) {
      expect(await app.invoke('admin', 'listJobs', payload)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', field },
      });
    }
  });
});

describe('openManagementService with a destination', () => {
  it('asks for a sign-in link to each destination of the closed list', async () => {
    const job = await finishedJob();
    for (const payload of [
      undefined,
      {},
      { destination: { kind: 'HOME' } },
      { destination: { kind: 'JOB_LOGS', jobId: job.id } },
      { destination: { kind: 'RESTORE_PROJECT', projectKey: 'WEB' } },
      { destination: { kind: 'NOTIFICATION_SETTINGS' } },
    ]) {
      const link = data(await app.invoke('admin', 'openManagementService', payload));
      expect(link.url).toMatch(/^https:\/\/[a-z0-9-]+\.eu\.app\.gitprotect\.io\/sso\/[\w-]+$/);
    }
    const state = (await app.emulator.control.state()) as {
      ssoCodes: Record<string, { destination: { kind: string } }>;
    };
    expect(Object.values(state.ssoCodes).map((code) => code.destination.kind)).toEqual([
      'HOME',
      'HOME',
      'HOME',
      'JOB_LOGS',
      'RESTORE_PROJECT',
      'NOTIFICATION_SETTINGS',
    ]);
  });

  it('refuses a destination outside the list, with extra fields, or a job it lacks', async () => {
    for (const destination of [
      { kind: 'ADMIN_CONSOLE' },
      { kind: 'https://evil.example/' },
      { kind: 'HOME', url: 'https://evil.example/' },
      { kind: 'JOB_LOGS' },
      { kind: 'JOB_LOGS', jobId: 'job_1/../../x' },
      { kind: 'RESTORE_PROJECT', projectKey: 'web' },
      { kind: 'JOB_LOGS', jobId: 'job_0000000000000000' },
      'HOME',
    ]) {
      expect([
        destination,
        await app.invoke('admin', 'openManagementService', { destination }),
      ]).toEqual([
        destination,
        expect.objectContaining({
          ok: false,
          error: expect.objectContaining({ code: 'INVALID_INPUT', field: 'destination' }),
        }),
      ]);
    }
    expect(
      await app.invoke('member', 'openManagementService', { destination: { kind: 'HOME' } }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('a rejected token, end to end', () => {
  it('says why when the service says: another account, no access to the site', async () => {
    for (const [suffix, tokenRejection, field] of [
      ['_email_mismatch', 'WRONG_EMAIL', 'email'],
      ['_no_access', 'NO_ACCESS', 'token'],
    ] as const) {
      const result = await app.invoke('admin', 'updateJiraToken', {
        email: ADMIN_EMAIL,
        token: `ATATT3xFfGF0AnotherTokenOfTheEmulator0002${suffix}`,
      });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'TOKEN_REJECTED', tokenRejection, field },
      });
    }
  });
});
