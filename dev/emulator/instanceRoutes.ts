import { randomBytes } from 'node:crypto';
import type { EmulatorCore } from './core';
import { credentialsRejected, credentialsView, lastFourOf, rejectionOf } from './credentials';
import { type Reply, errorReply } from './http';
import { jobPage, jobView, lastFinishedJob, runningJob, startJob } from './jobs';
import {
  coverageOf,
  jobResults,
  plannedRange,
  protectedCount,
  visibleByKey,
  visibleCount,
  visibleIndexOf,
} from './projects';
import {
  jiraCredentials,
  problemOf,
  scheduleRequest,
  ssoRequest,
  startBackupRequest,
} from './requests';
import { nextBackupAt } from './scheduler';
import type { InstanceRecord } from './state';
import { newVersion, versionOfIfMatch } from './versions';

/** The routes under /instance: the caller's access token has already chosen `instance`. */

export interface InstanceCall {
  instance: InstanceRecord;
  /** The path parameter of a templated route (`{jobId}`), decoded. */
  param?: string;
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
      securedProjects: plannedRange(instance).count,
      visibleProjects: visibleCount(instance),
      protectedProjects: protectedCount(instance, now),
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
  const limit = limitOf(query, 20);
  if (limit === undefined) return badLimit();
  const cursor = cursorOf(query, 'before');
  if (cursor === null) return badCursor();
  const page = jobPage(instance, core.now(), limit, cursor);
  if (!page) return badCursor();
  return {
    status: 200,
    body: { jobs: page.jobs, nextCursor: page.next === null ? null : `before.${page.next}` },
  };
}

const PROJECT_OUTCOMES = ['SUCCEEDED', 'FAILED', 'PENDING'] as const;

export function getJob(core: EmulatorCore, call: InstanceCall): Reply {
  const { instance, query } = call;
  const now = core.now();
  const job = instance.jobs.find(
    (candidate) => candidate.id === call.param && Date.parse(candidate.startedAt) <= now.getTime(),
  );
  if (!job) return errorReply(404, 'job_not_found', 'This instance has no such job.');
  const limit = limitOf(query, 50);
  if (limit === undefined) return badLimit();
  const cursor = cursorOf(query, 'at');
  if (cursor === null) return badCursor();
  const from = cursor === undefined ? 0 : /^\d{1,9}$/.test(cursor) ? Number(cursor) : NaN;
  if (!(from >= 0 && from <= job.projectsTotal)) return badCursor();
  const outcome = query.get('outcome');
  if (outcome !== null && !(PROJECT_OUTCOMES as readonly string[]).includes(outcome)) {
    return errorReply(400, 'invalid_request', 'outcome is SUCCEEDED, FAILED or PENDING.');
  }
  const page = jobResults(job, now, {
    from,
    limit,
    ...(outcome === null ? {} : { outcome: outcome as (typeof PROJECT_OUTCOMES)[number] }),
  });
  return {
    status: 200,
    body: {
      job: jobView(job, now),
      projects: page.results,
      nextCursor: page.next === null ? null : `at.${page.next}`,
    },
  };
}

const KEYS_PATTERN = /^[A-Z][A-Z0-9_]{0,99}(,[A-Z][A-Z0-9_]{0,99}){0,99}$/;

export function listProjects(core: EmulatorCore, { instance, query }: InstanceCall): Reply {
  const now = core.now();
  const totals = {
    visibleProjects: visibleCount(instance),
    plannedProjects: plannedRange(instance).count,
  };
  const keys = query.get('keys');
  if (keys !== null) {
    if (query.has('cursor')) {
      return errorReply(400, 'invalid_request', 'Send keys or cursor, not both.');
    }
    if (!KEYS_PATTERN.test(keys)) {
      return errorReply(
        400,
        'invalid_request',
        'keys is up to 100 Jira project keys, comma-separated.',
      );
    }
    const indices = [...new Set(keys.split(','))]
      .map((key) => visibleIndexOf(instance, key))
      .filter((index): index is number => index !== undefined);
    return {
      status: 200,
      body: {
        projects: indices.map((index) => coverageOf(instance, index, now)),
        nextCursor: null,
        ...totals,
      },
    };
  }
  const limit = limitOf(query, 50);
  if (limit === undefined) return badLimit();
  const cursor = cursorOf(query, 'at');
  if (cursor === null) return badCursor();
  const from = cursor === undefined ? 0 : /^\d{1,9}$/.test(cursor) ? Number(cursor) : NaN;
  if (!(from >= 0 && from <= totals.visibleProjects)) return badCursor();
  const page = visibleByKey(instance, from, limit);
  return {
    status: 200,
    body: {
      projects: page.indices.map((index) => coverageOf(instance, index, now)),
      nextCursor: page.next === null ? null : `at.${page.next}`,
      ...totals,
    },
  };
}

/** `limit` from 1 to 100, `fallback` when absent; undefined when it is anything else. */
function limitOf(query: URLSearchParams, fallback: number): number | undefined {
  const raw = query.get('limit');
  const limit = raw === null ? fallback : /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  return limit >= 1 && limit <= 100 ? limit : undefined;
}

/** The value of a `<kind>.<value>` cursor; undefined when absent, null when malformed. */
function cursorOf(query: URLSearchParams, kind: string): string | undefined | null {
  const raw = query.get('cursor');
  if (raw === null) return undefined;
  const prefix = `${kind}.`;
  return /^[A-Za-z0-9._~-]{1,256}$/.test(raw) &&
    raw.startsWith(prefix) &&
    raw.length > prefix.length
    ? raw.slice(prefix.length)
    : null;
}

function badLimit(): Reply {
  return errorReply(400, 'invalid_request', 'limit is a whole number from 1 to 100.');
}

function badCursor(): Reply {
  return errorReply(
    400,
    'invalid_cursor',
    'This cursor is not one this service issued for this list.',
  );
}

export function updateCredentials(core: EmulatorCore, { instance, body }: InstanceCall): Reply {
  const parsed = jiraCredentials.safeParse(body);
  if (!parsed.success) return errorReply(400, 'invalid_request', problemOf(parsed.error));
  const now = core.now();
  const rejection = rejectionOf(parsed.data.apiToken, parsed.data.expiresOn, now);
  if (rejection) return credentialsRejected(rejection);
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
  const parsed = ssoRequest.safeParse(body);
  if (!parsed.success) return errorReply(400, 'invalid_request', problemOf(parsed.error));
  const { accountId, displayName, destination = { kind: 'HOME' } } = parsed.data;
  if (
    destination.kind === 'JOB_LOGS' &&
    !instance.jobs.some((job) => job.id === destination.jobId)
  ) {
    return errorReply(404, 'job_not_found', 'This instance has no such job.');
  }
  const now = core.now();
  const code = randomBytes(18).toString('base64url');
  const expiresAt = new Date(now.getTime() + SSO_LINK_LIFETIME_MS).toISOString();
  const codes = (core.state.ssoCodes ??= {});
  forgetOldCodes(codes, now);
  codes[code] = {
    cloudId: instance.cloudId,
    managementHost: instance.managementHost,
    accountId,
    displayName,
    destination,
    expiresAt,
    usedAt: null,
  };
  core.commit();
  return {
    status: 201,
    body: { url: `https://${instance.managementHost}/sso/${code}`, expiresAt },
  };
}

/** A code is kept a day past its expiry, so a late second opening is still told why. */
function forgetOldCodes(codes: Record<string, { expiresAt: string }>, now: Date): void {
  for (const [code, record] of Object.entries(codes)) {
    if (Date.parse(record.expiresAt) + 86_400_000 < now.getTime()) delete codes[code];
  }
}
