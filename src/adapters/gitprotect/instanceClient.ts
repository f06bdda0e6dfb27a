import type {
  BackupJob,
  ManagementDestination,
  ProjectOutcome,
  Schedule,
  VersionedSchedule,
} from '../../contract';
import { SCHEDULE_VERSION_PATTERN } from '../../contract';
import { UpstreamError } from '../../ports/upstreamError';
import type { Log } from '../../ports/log';
import type {
  BackupRequester,
  InstanceSummary,
  JiraCredentials,
  JobPage,
  JobResults,
  ManagementService,
  ServiceProjects,
  ServiceSession,
  StartBackupResult,
  StoredSchedule,
} from '../../ports/managementService';
import { CURSOR_PATTERN, JOB_ID_PATTERN, PROJECT_KEY_PATTERN } from '../../domain/browseInputs';
import type { Checker } from '../../domain/validation';
import { type Deadline, startDeadline } from './callBudget';
import {
  callOf,
  connectionLost,
  errorCodeOf,
  failureOf,
  isTokenExpired,
  readReply,
} from './replies';
import {
  configuredScheduleReply,
  jobDetailsReply,
  jobListReply,
  projectCoverageReply,
  ssoReply,
  startedJobReply,
  storedScheduleReply,
  summaryReply,
  versionMismatchReply,
} from './schemas';
import type { SessionKeeper } from './sessionKeeper';
import {
  REPLY_LIMITS,
  type ServiceReply,
  type ServiceRequest,
  type Transport,
  requestOf,
} from './transport';

const MAX_JOBS = 100;
const MAX_PAGE = 100;

/** A whole number from 1 to `max`. */
function pageSize(limit: number | undefined, fallback: number, max: number): number {
  return Math.min(max, Math.max(1, Math.floor(limit ?? fallback)));
}

function notFound(what: 'job' | 'cursor'): UpstreamError {
  return new UpstreamError(
    'NOT_FOUND',
    what === 'job' ? 'GitProtect has no such backup job.' : 'GitProtect did not issue this cursor.',
    { detail: { what } },
  );
}

/** The contract's charset of a schedule version (shared with the payload check). */
export function isScheduleVersion(version: string): boolean {
  return SCHEDULE_VERSION_PATTERN.test(version);
}

/** The calls of one connected instance, each within `budgetMs`, retries and refresh included. */
export function createInstanceClient(deps: {
  transport: Transport;
  sessions: SessionKeeper;
  budgetMs: number;
  log: Log;
}): ManagementService {
  const { transport, sessions, log } = deps;

  /** Repeats a call once after a refresh when the access token has expired. */
  async function authorized(request: ServiceRequest, deadline: Deadline): Promise<ServiceReply> {
    const session = await sessions.current(deadline);
    const reply = await transport(withBearer(request, session), deadline);
    if (!isTokenExpired(reply)) return reply;
    const renewed = await sessions.renew(session, deadline);
    const repeated = await transport(withBearer(request, renewed), deadline);
    if (repeated.status === 401) throw connectionLost('GitProtect refused the renewed session.');
    return repeated;
  }

  async function exchange(request: ServiceRequest, expected: number[]): Promise<ServiceReply> {
    const reply = await authorized(request, startDeadline(deps.budgetMs));
    if (!expected.includes(reply.status)) throw failureOf(request, reply);
    return reply;
  }

  /** A call answered with 200 and a reply `schema` accepts. */
  async function read<T>(request: ServiceRequest, schema: Checker<T>): Promise<T> {
    return readReply(request, await exchange(request, [200]), schema);
  }

  async function getSchedule(): Promise<StoredSchedule> {
    const request = requestOf('GET', '/instance/plan/schedule', REPLY_LIMITS.small);
    return withValidVersion(request, await read(request, storedScheduleReply));
  }

  async function listJobPage(limit: number, cursor?: string): Promise<JobPage> {
    const asked = pageSize(limit, 20, MAX_JOBS);
    if (cursor !== undefined && !CURSOR_PATTERN.test(cursor)) throw notFound('cursor');
    const request = requestOf('GET', '/instance/backups', REPLY_LIMITS.jobPage, {
      query: { limit: String(asked), ...(cursor === undefined ? {} : { cursor }) },
    });
    const reply = await exchange(request, [200, 400]);
    if (reply.status === 400) throw pagingFailure(request, reply);
    const page = readReply(request, reply, jobListReply);
    if (cursor !== undefined && page.nextCursor === cursor) throw pagingLoops(request);
    if (page.jobs.length > asked) {
      log.warn('GitProtect sent more jobs than asked for; the newest are kept', {
        path: request.path,
        asked,
        sent: page.jobs.length,
      });
    }
    return {
      jobs: eachOnce(request, page.jobs.slice(0, asked), (job) => job.id),
      nextCursor: page.nextCursor ?? null,
    };
  }

  /** A cursor sent back as the next one would page forever: the paging ends, with an error. */
  function pagingLoops(request: ServiceRequest): UpstreamError {
    log.warn('GitProtect sent back the cursor it was sent; paging ends', { path: request.path });
    return new UpstreamError(
      'MALFORMED',
      `GitProtect's reply to ${callOf(request)} repeats the page it was asked for.`,
    );
  }

  /** A reply that contradicts its request (another job, another outcome) is malformed. */
  function contradicts(request: ServiceRequest, what: string): UpstreamError {
    log.warn('GitProtect answered another question than the one asked', {
      path: request.path,
      what,
    });
    return new UpstreamError(
      'MALFORMED',
      `GitProtect's reply to ${callOf(request)} contradicts the request (${what}).`,
    );
  }

  /** Each item once, the first copy kept: a repeated row is the service's error, not news. */
  function eachOnce<T>(request: ServiceRequest, items: T[], keyOf: (item: T) => string): T[] {
    const seen = new Set<string>();
    const unique = items.filter((item) => {
      const key = keyOf(item);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (unique.length < items.length) {
      log.warn('GitProtect repeated rows in one page; each is kept once', {
        path: request.path,
        repeated: items.length - unique.length,
      });
    }
    return unique;
  }

  return {
    refreshSession: () => sessions.renewStored(startDeadline(deps.budgetMs)),

    async getSummary(): Promise<InstanceSummary> {
      const summary = await read(requestOf('GET', '/instance', REPLY_LIMITS.summary), summaryReply);
      return {
        instanceId: summary.id,
        serviceRegion: summary.serviceRegion,
        storageRegion: summary.storageRegion,
        securedProjects: summary.securedProjects,
        visibleProjects: summary.visibleProjects,
        protectedProjects: summary.protectedProjects,
        credentialsStatus: summary.credentials.status,
        lastJob: summary.lastJob,
        runningJob: summary.runningJob,
        nextBackupAt: summary.nextBackupAt,
      };
    },

    getSchedule,

    /**
     * Safe to repeat: when an attempt stored the schedule but its answer was lost, the retry
     * meets a 412 whose current schedule is the one sent. What the admin asked for is stored,
     * so that 412 is a success; a 412 with any other schedule is a real conflict.
     */
    async replaceSchedule(schedule: Schedule, ifVersion: string): Promise<VersionedSchedule> {
      if (!isScheduleVersion(ifVersion)) {
        log.warn("Refused to send a schedule version outside the contract's charset", {
          length: ifVersion.length,
        });
        throw new UpstreamError(
          'CONFLICT',
          'The schedule version is not one GitProtect issued; nothing was saved.',
          { detail: await getSchedule() },
        );
      }
      const request = requestOf('PUT', '/instance/plan/schedule', REPLY_LIMITS.small, {
        headers: { 'if-match': ifVersion },
        body: { days: schedule.days, hour: schedule.hour, timezone: schedule.timezone },
      });
      const reply = await exchange(request, [200, 412]);
      if (reply.status === 412) {
        const { current } = readReply(request, reply, versionMismatchReply);
        const stored = withValidVersion(request, current);
        if (!stored.schedule || !sameSchedule(stored.schedule, schedule)) {
          throw failureOf(request, reply);
        }
        log.info('GitProtect already holds the schedule sent (a lost answer): saved', {
          path: request.path,
        });
        return { ...stored.schedule, version: stored.version };
      }
      const saved = withValidVersion(request, readReply(request, reply, configuredScheduleReply));
      return { ...saved.schedule, version: saved.version };
    },

    async startBackup(
      requester: BackupRequester,
      idempotencyKey: string,
    ): Promise<StartBackupResult> {
      const request = requestOf('POST', '/instance/backups', REPLY_LIMITS.small, {
        headers: { 'idempotency-key': idempotencyKey },
        body: { triggeredBy: requesterOf(requester) },
      });
      const reply = await exchange(request, [200, 201]);
      const { job, created } = readReply(request, reply, startedJobReply);
      // A repeat with our Idempotency-Key meets the job our first send started: `created: false`
      // then means that this call started it, when the job is the requester's own.
      const replayed =
        !created &&
        (reply.attempts ?? 1) > 1 &&
        job.trigger.kind === 'ADMIN' &&
        job.trigger.accountId === requester.accountId;
      if (replayed) {
        log.info('GitProtect had started the backup before its answer was lost', {
          path: request.path,
        });
      }
      return { job, created: created || replayed };
    },

    async listJobs(limit: number): Promise<BackupJob[]> {
      return (await listJobPage(limit)).jobs;
    },

    listJobPage,

    async getJob(
      jobId: string,
      options: { outcome?: ProjectOutcome; cursor?: string; limit?: number } = {},
    ): Promise<JobResults> {
      if (!JOB_ID_PATTERN.test(jobId)) throw notFound('job');
      if (options.cursor !== undefined && !CURSOR_PATTERN.test(options.cursor))
        throw notFound('cursor');
      const asked = pageSize(options.limit, 50, MAX_PAGE);
      const path = `/instance/backups/${encodeURIComponent(jobId)}`;
      const request = requestOf('GET', path, REPLY_LIMITS.projectPage, {
        query: {
          limit: String(asked),
          ...(options.outcome === undefined ? {} : { outcome: options.outcome }),
          ...(options.cursor === undefined ? {} : { cursor: options.cursor }),
        },
      });
      const reply = await exchange(request, [200, 400, 404]);
      if (reply.status === 404 && errorCodeOf(reply) === 'job_not_found') throw notFound('job');
      if (reply.status !== 200) throw pagingFailure(request, reply);
      const details = readReply(request, reply, jobDetailsReply);
      if (details.job.id !== jobId) throw contradicts(request, 'another job');
      const { outcome, cursor } = options;
      if (outcome !== undefined && details.projects.some((row) => row.outcome !== outcome)) {
        throw contradicts(request, 'another outcome');
      }
      if (cursor !== undefined && details.nextCursor === cursor) throw pagingLoops(request);
      return {
        ...details,
        projects: eachOnce(request, details.projects.slice(0, asked), (row) => row.key),
      };
    },

    async projectsByKey(keys: string[]): Promise<ServiceProjects> {
      const asked = [...new Set(keys)];
      if (asked.length > MAX_PAGE || !asked.every((key) => PROJECT_KEY_PATTERN.test(key))) {
        throw new RangeError('projectsByKey takes up to 100 Jira project keys.');
      }
      const request = requestOf('GET', '/instance/projects', REPLY_LIMITS.projectPage, {
        // No keys: only the totals are wanted, which come with any page.
        query: asked.length > 0 ? { keys: asked.join(',') } : { limit: '1' },
      });
      const page = await read(request, projectCoverageReply);
      const wanted = new Set(asked);
      // Only what was asked for: a project the reply adds is not the app's to show.
      const projects = page.projects.filter((project) => wanted.delete(project.key));
      return {
        projects,
        visibleProjects: page.visibleProjects,
        plannedProjects: page.plannedProjects,
      };
    },

    async updateCredentials(credentials: JiraCredentials): Promise<void> {
      const body = credentialsOf(credentials);
      await exchange(
        requestOf('PUT', '/instance/credentials', REPLY_LIMITS.small, { body }),
        [204],
      );
    },

    async createSsoUrl(
      requester: BackupRequester,
      destination?: ManagementDestination,
    ): Promise<{ url: string; expiresAt: string }> {
      const request = requestOf('POST', '/instance/sso', REPLY_LIMITS.small, {
        body: { ...requesterOf(requester), ...(destination === undefined ? {} : { destination }) },
        retry: false,
      });
      const reply = await exchange(request, [201, 404]);
      if (reply.status === 404) {
        if (errorCodeOf(reply) === 'job_not_found') throw notFound('job');
        throw failureOf(request, reply);
      }
      return readReply(request, reply, ssoReply);
    },
  };
}

function withBearer(request: ServiceRequest, session: ServiceSession): ServiceRequest {
  return {
    ...request,
    headers: { ...request.headers, authorization: `Bearer ${session.accessToken}` },
  };
}

/** A reply's schedule version, refused as MALFORMED when it could not be sent back as If-Match. */
function withValidVersion<T extends { version: string }>(request: ServiceRequest, stored: T): T {
  if (isScheduleVersion(stored.version)) return stored;
  throw new UpstreamError(
    'MALFORMED',
    `GitProtect's reply to ${callOf(request)} does not follow the contract (at version).`,
  );
}

function sameSchedule(a: Schedule, b: Schedule): boolean {
  const days = (schedule: Schedule) => [...new Set(schedule.days)].sort().join(',');
  return a.hour === b.hour && a.timezone === b.timezone && days(a) === days(b);
}

/** A 400 `invalid_cursor` is a cursor the service did not issue; any other 400 is a failure. */
function pagingFailure(request: ServiceRequest, reply: ServiceReply): UpstreamError {
  if (reply.status === 400 && errorCodeOf(reply) === 'invalid_cursor') return notFound('cursor');
  return failureOf(request, reply);
}

function requesterOf(requester: BackupRequester): BackupRequester {
  return { accountId: requester.accountId, displayName: requester.displayName };
}

export function credentialsOf(credentials: JiraCredentials): JiraCredentials {
  return {
    email: credentials.email,
    apiToken: credentials.apiToken,
    ...(credentials.expiresOn === undefined ? {} : { expiresOn: credentials.expiresOn }),
  };
}
