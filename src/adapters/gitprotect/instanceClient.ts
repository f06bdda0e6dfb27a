import type { BackupJob, Schedule, VersionedSchedule } from '../../contract';
import { UpstreamError } from '../../ports/errors';
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
import { failureOf, isTokenExpired, readReply } from './replies';
import {
  configuredScheduleReply,
  jobListReply,
  ssoReply,
  startedJobReply,
  storedScheduleReply,
  summaryReply,
} from './schemas';
import type { SessionKeeper } from './sessionKeeper';
import type { ServiceReply, ServiceRequest, Transport } from './transport';

const MAX_JOBS = 100;

/** The calls of one connected instance, each within `budgetMs`, retries and refresh included. */
export function createInstanceClient(deps: {
  transport: Transport;
  sessions: SessionKeeper;
  budgetMs: number;
}): ManagementService {
  const { transport, sessions } = deps;

  /** Repeats a call once after a refresh when the access token has expired. */
  async function authorized(request: ServiceRequest, deadline: Deadline): Promise<ServiceReply> {
    const session = await sessions.current(deadline);
    const reply = await transport(withBearer(request, session), deadline);
    if (!isTokenExpired(reply)) return reply;
    const renewed = await sessions.renew(session, deadline);
    const repeated = await transport(withBearer(request, renewed), deadline);
    if (repeated.status === 401) {
      throw new UpstreamError('UNAUTHORIZED', 'GitProtect refused the renewed session.');
    }
    return repeated;
  }

  async function exchange(request: ServiceRequest, expected: number[]): Promise<ServiceReply> {
    const reply = await authorized(request, startDeadline(deps.budgetMs));
    if (!expected.includes(reply.status)) throw failureOf(request, reply);
    return reply;
  }

  return {
    refreshSession: () => sessions.renewStored(startDeadline(deps.budgetMs)),

    async getSummary(): Promise<InstanceSummary> {
      const request: ServiceRequest = { method: 'GET', path: '/instance', retry: true };
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

    async getSchedule(): Promise<StoredSchedule> {
      const request: ServiceRequest = {
        method: 'GET',
        path: '/instance/plan/schedule',
        retry: true,
      };
      return readReply(request, await exchange(request, [200]), storedScheduleReply);
    },

    async replaceSchedule(schedule: Schedule, ifVersion: string): Promise<VersionedSchedule> {
      const request: ServiceRequest = {
        method: 'PUT',
        path: '/instance/plan/schedule',
        headers: { 'if-match': ifVersion },
        body: { days: schedule.days, hour: schedule.hour, timezone: schedule.timezone },
        retry: true,
      };
      const stored = readReply(request, await exchange(request, [200]), configuredScheduleReply);
      return { ...stored.schedule, version: stored.version };
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
      };
      return readReply(request, await exchange(request, [200, 201]), startedJobReply);
    },

    async listJobs(limit: number): Promise<BackupJob[]> {
      const request: ServiceRequest = {
        method: 'GET',
        path: '/instance/backups',
        query: { limit: String(Math.min(MAX_JOBS, Math.max(1, Math.floor(limit)))) },
        retry: true,
      };
      return readReply(request, await exchange(request, [200]), jobListReply).jobs;
    },

    async updateCredentials(credentials: JiraCredentials): Promise<void> {
      const request: ServiceRequest = {
        method: 'PUT',
        path: '/instance/credentials',
        body: credentialsOf(credentials),
        retry: true,
      };
      await exchange(request, [204]);
    },

    async createSsoUrl(requester: BackupRequester): Promise<{ url: string; expiresAt: string }> {
      const request: ServiceRequest = {
        method: 'POST',
        path: '/instance/sso',
        body: requesterOf(requester),
        retry: false,
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
