import type { BackupJob, Schedule, VersionedSchedule } from '../../contract';
import { SCHEDULE_VERSION_PATTERN } from '../../contract';
import { UpstreamError } from '../../ports/errors';
import type { Log } from '../../ports/log';
import type {
  BackupRequester,
  InstanceSummary,
  JiraCredentials,
  ManagementService,
  ServiceSession,
  StartBackupResult,
  StoredSchedule,
} from '../../ports/managementService';
import { type Deadline, startDeadline } from './deadline';
import { callOf, connectionLost, failureOf, isTokenExpired, readReply } from './replies';
import {
  configuredScheduleReply,
  jobListReply,
  ssoReply,
  startedJobReply,
  storedScheduleReply,
  summaryReply,
  versionMismatchReply,
} from './schemas';
import type { SessionKeeper } from './sessionKeeper';
import { REPLY_LIMITS, type ServiceReply, type ServiceRequest, type Transport } from './transport';

const MAX_JOBS = 100;

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

  async function getSchedule(): Promise<StoredSchedule> {
    const request: ServiceRequest = {
      method: 'GET',
      path: '/instance/plan/schedule',
      retry: true,
      maxReplyBytes: REPLY_LIMITS.small,
    };
    const stored = readReply(request, await exchange(request, [200]), storedScheduleReply);
    return withValidVersion(request, stored);
  }

  return {
    refreshSession: () => sessions.renewStored(startDeadline(deps.budgetMs)),

    async getSummary(): Promise<InstanceSummary> {
      const request: ServiceRequest = {
        method: 'GET',
        path: '/instance',
        retry: true,
        maxReplyBytes: REPLY_LIMITS.summary,
      };
      const summary = readReply(request, await exchange(request, [200]), summaryReply);
      return {
        instanceId: summary.id,
        serviceRegion: summary.serviceRegion,
        storageRegion: summary.storageRegion,
        securedProjects: summary.securedProjects,
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
      const request: ServiceRequest = {
        method: 'PUT',
        path: '/instance/plan/schedule',
        headers: { 'if-match': ifVersion },
        body: { days: schedule.days, hour: schedule.hour, timezone: schedule.timezone },
        retry: true,
        maxReplyBytes: REPLY_LIMITS.small,
      };
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
      const request: ServiceRequest = {
        method: 'POST',
        path: '/instance/backups',
        headers: { 'idempotency-key': idempotencyKey },
        body: { triggeredBy: requesterOf(requester) },
        retry: true,
        maxReplyBytes: REPLY_LIMITS.small,
      };
      return readReply(request, await exchange(request, [200, 201]), startedJobReply);
    },

    async listJobs(limit: number): Promise<BackupJob[]> {
      const asked = Math.min(MAX_JOBS, Math.max(1, Math.floor(limit)));
      const request: ServiceRequest = {
        method: 'GET',
        path: '/instance/backups',
        query: { limit: String(asked) },
        retry: true,
        maxReplyBytes: REPLY_LIMITS.jobPage,
      };
      const { jobs } = readReply(request, await exchange(request, [200]), jobListReply);
      if (jobs.length > asked) {
        log.warn('GitProtect sent more jobs than asked for; the newest are kept', {
          path: request.path,
          asked,
          sent: jobs.length,
        });
      }
      return jobs.slice(0, asked);
    },

    async updateCredentials(credentials: JiraCredentials): Promise<void> {
      const request: ServiceRequest = {
        method: 'PUT',
        path: '/instance/credentials',
        body: credentialsOf(credentials),
        retry: true,
        maxReplyBytes: REPLY_LIMITS.small,
      };
      await exchange(request, [204]);
    },

    async createSsoUrl(requester: BackupRequester): Promise<{ url: string; expiresAt: string }> {
      const request: ServiceRequest = {
        method: 'POST',
        path: '/instance/sso',
        body: requesterOf(requester),
        retry: false,
        maxReplyBytes: REPLY_LIMITS.small,
      };
      return readReply(request, await exchange(request, [201]), ssoReply);
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
