import { randomBytes } from 'node:crypto';
import type { EmulatorCore } from './core';
import { credentialsView, lastFourOf, rejectionOf } from './credentials';
import { type Reply, errorReply } from './http';
import { jobView, lastFinishedJob, recentJobs, runningJob, startJob } from './jobs';
import {
  jiraCredentials,
  problemOf,
  requester,
  scheduleRequest,
  startBackupRequest,
} from './requests';
import { nextBackupAt } from './scheduler';
import type { InstanceRecord } from './state';
import { newVersion, versionOfIfMatch } from './versions';

/** The routes under /instance: the caller's access token has already chosen `instance`. */

export interface InstanceCall {
  instance: InstanceRecord;
  body: unknown;
  query: URLSearchParams;
  header(name: string): string | undefined;
}

const SSO_LINK_LIFETIME_MS = 5 * 60_000;
const IDEMPOTENCY_KEYS_KEPT = 500;

export function getSummary(core: EmulatorCore, { instance }: InstanceCall): Reply {
  const now = core.now();
  const running = runningJob(instance, now);
  return {
    status: 200,
    body: {
      id: instance.id,
      serviceRegion: instance.region,
      storageRegion: instance.storageRegion,
      storageProvider: instance.storageProvider,
      securedProjects: instance.projectCount,
      credentials: credentialsView(instance, now),
      lastJob: lastFinishedJob(instance, now),
      runningJob: running ? jobView(running, now) : null,
      nextBackupAt: nextBackupAt(instance, now),
    },
  };
}

export function getSchedule(_core: EmulatorCore, { instance }: InstanceCall): Reply {
  return { status: 200, body: instance.plan, headers: { etag: instance.plan.version } };
}

export function replaceSchedule(core: EmulatorCore, call: InstanceCall): Reply {
  const { instance } = call;
  const ifMatch = call.header('if-match');
  if (!ifMatch) {
    return errorReply(428, 'precondition_required', 'Send If-Match with the version you edited.');
  }
  const version = versionOfIfMatch(ifMatch);
  if (version === undefined) {
    return errorReply(400, 'invalid_request', 'If-Match names one version: no `*`, no list.');
  }
  const parsed = scheduleRequest.safeParse(call.body);
  if (!parsed.success) return errorReply(400, 'invalid_request', problemOf(parsed.error));
  if (version !== instance.plan.version) {
    return {
      status: 412,
      body: {
        error: { code: 'version_mismatch', message: 'The schedule was changed since you read it.' },
        current: instance.plan,
      },
    };
  }
  instance.plan = { version: newVersion(), schedule: parsed.data };
  core.commit();
  return { status: 200, body: instance.plan, headers: { etag: instance.plan.version } };
}

export function startBackup(core: EmulatorCore, call: InstanceCall): Reply {
  const { instance } = call;
  const key = call.header('idempotency-key');
  if (!key || key.length > 200) {
    return errorReply(
      400,
      'idempotency_key_required',
      'Send an Idempotency-Key of 1 to 200 characters.',
    );
  }
  const parsed = startBackupRequest.safeParse(call.body);
  if (!parsed.success) return errorReply(400, 'invalid_request', problemOf(parsed.error));

  const now = core.now();
  const earlier = instance.jobs.find((job) => job.id === instance.idempotencyKeys[key]);
  if (earlier) return { status: 200, body: { job: jobView(earlier, now), created: false } };

  const running = runningJob(instance, now);
  const job = running ?? startJob(instance, now, { kind: 'ADMIN', ...parsed.data.triggeredBy });
  remember(instance, key, job.id);
  core.commit();
  return { status: running ? 200 : 201, body: { job: jobView(job, now), created: !running } };
}

function remember(instance: InstanceRecord, key: string, jobId: string): void {
  instance.idempotencyKeys[key] = jobId;
  const keys = Object.keys(instance.idempotencyKeys);
  for (const old of keys.slice(0, Math.max(0, keys.length - IDEMPOTENCY_KEYS_KEPT))) {
    delete instance.idempotencyKeys[old];
  }
}

export function listJobs(core: EmulatorCore, { instance, query }: InstanceCall): Reply {
  const raw = query.get('limit');
  const limit = raw === null ? 20 : /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  if (!(limit >= 1 && limit <= 100)) {
    return errorReply(400, 'invalid_request', 'limit is a whole number from 1 to 100.');
  }
  return { status: 200, body: { jobs: recentJobs(instance, core.now(), limit) } };
}

export function updateCredentials(core: EmulatorCore, { instance, body }: InstanceCall): Reply {
  const parsed = jiraCredentials.safeParse(body);
  if (!parsed.success) return errorReply(400, 'invalid_request', problemOf(parsed.error));
  const now = core.now();
  const rejection = rejectionOf(parsed.data.apiToken, parsed.data.expiresOn, now);
  if (rejection) return errorReply(422, 'credentials_rejected', rejection);
  instance.credentials = {
    email: parsed.data.email,
    apiTokenLastFour: lastFourOf(parsed.data.apiToken),
    expiresOn: parsed.data.expiresOn ?? null,
    checkedAt: now.toISOString(),
    statusOverride: null,
  };
  core.commit();
  return { status: 204 };
}

export function createSsoUrl(core: EmulatorCore, { instance, body }: InstanceCall): Reply {
  const parsed = requester.safeParse(body);
  if (!parsed.success) return errorReply(400, 'invalid_request', problemOf(parsed.error));
  const code = randomBytes(18).toString('base64url');
  return {
    status: 201,
    body: {
      url: `https://${instance.managementHost}/sso/${code}`,
      expiresAt: new Date(core.now().getTime() + SSO_LINK_LIFETIME_MS).toISOString(),
    },
  };
}
