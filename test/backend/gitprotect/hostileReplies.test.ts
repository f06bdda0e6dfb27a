import { createInstanceClient } from '../../../src/adapters/gitprotect/instanceClient';
import { SessionKeeper } from '../../../src/adapters/gitprotect/sessionKeeper';
import type { ServiceRequest, Transport } from '../../../src/adapters/gitprotect/transport';
import type { ManagementService } from '../../../src/ports/managementService';
import { memoryVault } from '../../support/emulator';

/**
 * Issue 22, items 5 and 6: what a hostile Management Service answers is held to the contract
 * (lengths, ids, cursors, enums) and to the request it answers (the job asked for, the outcome
 * filtered on, a duration that is not negative). A scripted transport plays the service.
 */

const SESSION = {
  accessToken: 'access-token',
  refreshToken: 'refresh-token',
  accessTokenExpiresAt: '2999-01-01T00:00:00.000Z',
};
const NOW = { now: () => new Date('2026-11-25T10:00:00.000Z') };

type Script = (request: ServiceRequest) => unknown;

function serviceAnswering(script: Script): { service: ManagementService; sent: ServiceRequest[] } {
  const sent: ServiceRequest[] = [];
  const transport: Transport = async (request) => {
    sent.push(request);
    return { status: 200, headers: new Headers(), text: JSON.stringify(script(request)) };
  };
  const sessions = new SessionKeeper(
    memoryVault(SESSION),
    () => Promise.reject(new Error('no refresh here')),
    NOW,
  );
  const log = { info: () => undefined, warn: () => undefined, error: () => undefined };
  return { service: createInstanceClient({ transport, sessions, budgetMs: 5_000, log }), sent };
}

function aJob(fields: Record<string, unknown> = {}) {
  return {
    id: 'job_0123456789abcdef',
    outcome: 'SUCCEEDED',
    startedAt: '2026-11-25T02:00:00.000Z',
    finishedAt: '2026-11-25T02:30:00.000Z',
    projectsTotal: 3,
    projectsSucceeded: 3,
    projectsFailed: 0,
    trigger: { kind: 'SCHEDULE' },
    ...fields,
  };
}

function aResult(fields: Record<string, unknown> = {}) {
  return {
    key: 'WEB',
    name: 'Web',
    outcome: 'SUCCEEDED',
    failureReason: null,
    finishedAt: '2026-11-25T02:10:00.000Z',
    ...fields,
  };
}

const malformed = { kind: 'MALFORMED' };

describe('6. replies are held to the contract', () => {
  it('a space name longer than 255 characters is refused', async () => {
    const { service } = serviceAnswering(() => ({
      job: aJob(),
      projects: [aResult({ name: 'n'.repeat(256) })],
      nextCursor: null,
    }));
    await expect(service.getJob('job_0123456789abcdef')).rejects.toMatchObject(malformed);
  });

  it('a failure reason longer than 512 characters is refused', async () => {
    const { service } = serviceAnswering(() => ({
      job: aJob({ outcome: 'FAILED', projectsSucceeded: 2, projectsFailed: 1 }),
      projects: [aResult({ outcome: 'FAILED', failureReason: 'r'.repeat(513) })],
      nextCursor: null,
    }));
    await expect(service.getJob('job_0123456789abcdef')).rejects.toMatchObject(malformed);
  });

  it('255 and 512 characters still pass', async () => {
    const { service } = serviceAnswering(() => ({
      job: aJob(),
      projects: [
        aResult({ name: 'n'.repeat(255) }),
        aResult({ key: 'OPS', outcome: 'FAILED', failureReason: 'r'.repeat(512) }),
      ],
      nextCursor: null,
    }));
    const details = await service.getJob('job_0123456789abcdef');
    expect(details.projects).toHaveLength(2);
  });

  test.each([['../../__control/reset'], ['.'], ['..'], ['job 1'], ['j'.repeat(129)]])(
    "a job id %j is refused, in a job list and as a space's last backup",
    async (id) => {
      const list = serviceAnswering(() => ({ jobs: [aJob({ id })], nextCursor: null }));
      await expect(list.service.listJobPage(10)).rejects.toMatchObject(malformed);
      const coverage = serviceAnswering(() => ({
        projects: [
          {
            key: 'WEB',
            name: 'Web',
            inPlan: true,
            lastBackup: {
              jobId: id,
              finishedAt: '2026-11-25T02:10:00.000Z',
              outcome: 'SUCCEEDED',
              failureReason: null,
            },
          },
        ],
        nextCursor: null,
        visibleProjects: 1,
        plannedProjects: 1,
      }));
      await expect(coverage.service.projectsByKey(['WEB'])).rejects.toMatchObject(malformed);
    },
  );

  it('an account name or display name beyond the contract is refused', async () => {
    for (const trigger of [
      { kind: 'ADMIN', accountId: 'a'.repeat(129), displayName: 'Alex' },
      { kind: 'ADMIN', accountId: 'acc-1', displayName: 'd'.repeat(256) },
    ]) {
      const { service } = serviceAnswering(() => ({ jobs: [aJob({ trigger })], nextCursor: null }));
      await expect(service.listJobPage(10)).rejects.toMatchObject(malformed);
    }
  });

  it('a schedule with a day twice or a time zone beyond 64 characters is refused', async () => {
    for (const schedule of [
      { days: ['MON', 'MON'], hour: 2, timezone: 'UTC' },
      { days: ['MON'], hour: 2, timezone: 'Z'.repeat(65) },
    ]) {
      const { service } = serviceAnswering(() => ({ version: 'v1', schedule }));
      await expect(service.getSchedule()).rejects.toMatchObject(malformed);
    }
  });
});

describe('5. hostile paging ends, and results that contradict the request are refused', () => {
  it('a job list that sends back the cursor it was sent ends with a clear error', async () => {
    const { service } = serviceAnswering(() => ({ jobs: [aJob()], nextCursor: 'c2' }));
    await expect(service.listJobPage(10, 'c2')).rejects.toMatchObject({
      kind: 'MALFORMED',
      message: expect.stringContaining('repeats the page'),
    });
    await expect(service.listJobPage(10, 'c1')).resolves.toMatchObject({ nextCursor: 'c2' });
  });

  it("a job's spaces that send back the cursor they were sent end with a clear error", async () => {
    const { service } = serviceAnswering(() => ({
      job: aJob(),
      projects: [aResult()],
      nextCursor: 'c2',
    }));
    await expect(service.getJob('job_0123456789abcdef', { cursor: 'c2' })).rejects.toMatchObject({
      kind: 'MALFORMED',
      message: expect.stringContaining('repeats'),
    });
  });

  it('a space repeated in one page is kept once, a job repeated in one page too', async () => {
    const details = serviceAnswering(() => ({
      job: aJob(),
      projects: [aResult(), aResult({ key: 'OPS', name: 'Ops' }), aResult(), aResult()],
      nextCursor: null,
    }));
    const { projects } = await details.service.getJob('job_0123456789abcdef');
    expect(projects.map((row) => row.key)).toEqual(['WEB', 'OPS']);
    const list = serviceAnswering(() => ({
      jobs: [aJob(), aJob({ id: 'job_2' }), aJob()],
      nextCursor: null,
    }));
    expect((await list.service.listJobPage(10)).jobs.map((job) => job.id)).toEqual([
      'job_0123456789abcdef',
      'job_2',
    ]);
  });

  it('another job than the one asked for is refused as malformed', async () => {
    const { service } = serviceAnswering(() => ({
      job: aJob({ id: 'job_someone_else' }),
      projects: [],
      nextCursor: null,
    }));
    await expect(service.getJob('job_0123456789abcdef')).rejects.toMatchObject({
      kind: 'MALFORMED',
      message: expect.stringContaining('contradicts'),
    });
  });

  it('SUCCEEDED rows for outcome FAILED are refused as malformed', async () => {
    const { service, sent } = serviceAnswering(() => ({
      job: aJob({ outcome: 'FAILED' }),
      projects: [aResult({ outcome: 'FAILED', failureReason: 'gone' }), aResult({ key: 'OPS' })],
      nextCursor: null,
    }));
    await expect(
      service.getJob('job_0123456789abcdef', { outcome: 'FAILED' }),
    ).rejects.toMatchObject({ kind: 'MALFORMED' });
    expect(sent[0]?.query).toMatchObject({ outcome: 'FAILED' });
  });

  it('a job that ends before it starts (a negative duration) is refused as malformed', async () => {
    const backwards = aJob({ finishedAt: '2026-11-25T01:59:59.000Z' });
    const details = serviceAnswering(() => ({ job: backwards, projects: [], nextCursor: null }));
    await expect(details.service.getJob('job_0123456789abcdef')).rejects.toMatchObject(malformed);
    const list = serviceAnswering(() => ({ jobs: [backwards], nextCursor: null }));
    await expect(list.service.listJobPage(10)).rejects.toMatchObject(malformed);
  });
});
