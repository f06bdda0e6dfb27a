import type { ConnectedOverview, Envelope, Overview } from '../contract';
import type { StaleCause } from '../domain/alerts';
import { assessHealth } from '../domain/health';
import type { SpaceCounts } from '../domain/protection';
import { memberView } from '../domain/memberView';
import type { Caller } from './caller';
import { isAdmin } from './caller';
import type { AppDeps } from './deps';
import { BUDGETS } from './deps';
import { failureReason, ok } from './appError';
import { isUpstreamError } from '../ports/upstreamError';
import { snapshotIsFresh } from './freshness';
import { readLiveStatus, storeSnapshot } from './liveStatus';
import type { Connection, CredentialsMetadata, StatusSnapshot } from './state';
import { appState, tokenMetadata } from './state';
import type { AuditEntry } from '../contract';

/**
 * Everything the page shows, in one call. The service is read live; when it is slow or down,
 * the last stored snapshot answers, marked stale; when it says the connection is gone, the
 * snapshot answers with the CONNECTION_LOST alert. With `fromFreshSnapshot` a fresh snapshot
 * (`snapshotIsFresh`) answers as it is, and the service is not asked.
 */
export async function buildOverview(
  deps: AppDeps,
  caller: Caller,
  options: { justConnected?: boolean; fromFreshSnapshot?: boolean } = {},
): Promise<Envelope<Overview>> {
  const state = appState(deps.store);
  const adminCheck = isAdmin(deps, caller);
  const [connection, credentials, audit] = await Promise.all([
    state.connection(),
    state.credentials(),
    state.audit(),
  ]);
  if (!connection) {
    return ok({
      connected: false,
      viewer: { accountId: caller.accountId, isAdmin: await adminCheck },
    });
  }

  const snapshot = await state.snapshot(connection);
  if (options.fromFreshSnapshot && snapshot && snapshotIsFresh(snapshot, deps.clock.now())) {
    return ok(
      composeOverview({
        connection,
        status: snapshot,
        stale: false,
        credentials,
        audit,
        viewerIsAdmin: await adminCheck,
        caller,
        now: deps.clock.now(),
      }),
    );
  }
  const budget = snapshot ? BUDGETS.overviewLive : BUDGETS.overviewFirst;
  let status: StatusSnapshot;
  let stale = false;
  let staleCause: StaleCause | undefined;
  let connectionLost = false;
  let partial = false;
  try {
    status = await readLiveStatus(deps, connection, budget);
  } catch (error) {
    connectionLost = isUpstreamError(error, 'CONNECTION_LOST');
    deps.log.warn(
      connectionLost
        ? 'GitProtect no longer knows this connection; answering from the stored snapshot'
        : 'Backup status read failed; answering from the stored snapshot',
      { reason: failureReason(error), hasSnapshot: snapshot !== undefined },
    );
    // A connect that committed answers success all the same: the service's figures follow.
    if (!snapshot && !options.justConnected) throw error;
    status = snapshot ?? unreadStatus(connection, deps.clock.now());
    partial = snapshot === undefined;
    stale = true;
    staleCause = isUpstreamError(error, 'RATE_LIMITED')
      ? {
          busy: true,
          ...(error.retryAfterSeconds === undefined
            ? {}
            : { retryAfterSeconds: error.retryAfterSeconds }),
        }
      : { busy: false };
  }
  if (!stale && snapshotOutdated(snapshot, status)) await storeSnapshot(deps, status, connection);

  const viewerIsAdmin = await adminCheck;
  return ok(
    composeOverview({
      connection,
      status,
      stale,
      ...(staleCause ? { staleCause } : {}),
      connectionLost,
      partial,
      credentials,
      audit,
      viewerIsAdmin,
      caller,
      now: deps.clock.now(),
    }),
  );
}

/** Polling pages read often: store only what changed, or refresh an ageing "as of". */
const SNAPSHOT_REFRESH_MS = 5 * 60_000;

function snapshotOutdated(stored: StatusSnapshot | undefined, live: StatusSnapshot): boolean {
  if (!stored) return true;
  if (Date.parse(live.asOf) - Date.parse(stored.asOf) >= SNAPSHOT_REFRESH_MS) return true;
  return JSON.stringify({ ...stored, asOf: '' }) !== JSON.stringify({ ...live, asOf: '' });
}

interface OverviewParts {
  connection: Connection;
  status: StatusSnapshot;
  stale: boolean;
  /** Why the live status could not be read, when `stale`. */
  staleCause?: StaleCause;
  /** The service said the instance or session is gone (the status is the last snapshot). */
  connectionLost?: boolean;
  /** Nothing was read from the service yet: its figures are unknown (see `unreadStatus`). */
  partial?: boolean;
  credentials: CredentialsMetadata | undefined;
  audit: AuditEntry[];
  viewerIsAdmin: boolean;
  caller: Caller;
  now: Date;
}

/** The overview as an admin sees it; anyone else gets `memberView` of it. */
function composeOverview(parts: OverviewParts): ConnectedOverview {
  const overview = adminOverview(parts);
  return parts.viewerIsAdmin ? overview : memberView(overview);
}

/** What the backups need from an admin, judged from a status reading. */
export function assessStatus(
  parts: Pick<
    OverviewParts,
    'connection' | 'status' | 'stale' | 'staleCause' | 'connectionLost' | 'credentials' | 'now'
  >,
) {
  const { summary } = parts.status;
  return assessHealth({
    now: parts.now,
    recentJobs: parts.status.recentJobs,
    lastJob: summary.lastJob,
    runningJob: summary.runningJob,
    schedule: parts.status.schedule,
    credentialsStatus: summary.credentialsStatus,
    token: tokenMetadata(parts.credentials, true),
    connectedAt: parts.connection.connectedAt,
    ...spaceCountsOf(parts.status),
    connectionLost: parts.connectionLost ?? false,
    stale: parts.stale,
    ...(parts.staleCause ? { staleCause: parts.staleCause } : {}),
    asOf: parts.status.asOf,
  });
}

/** A snapshot stored before the service counted protected spaces has no counts: none judged. */
function spaceCountsOf(status: StatusSnapshot): { spaces?: SpaceCounts } {
  const { visibleProjects, protectedProjects, securedProjects } = status.summary;
  if (typeof visibleProjects !== 'number' || typeof protectedProjects !== 'number') return {};
  return {
    spaces: {
      site: status.siteProjects,
      visible: visibleProjects,
      planned: securedProjects,
      protected: protectedProjects,
    },
  };
}

function adminOverview(parts: OverviewParts): ConnectedOverview {
  const { summary } = parts.status;
  const adminToken = tokenMetadata(parts.credentials, true);
  const { alerts, health, status } = assessStatus(parts);
  return {
    connected: true,
    viewer: { accountId: parts.caller.accountId, isAdmin: parts.viewerIsAdmin },
    region: parts.connection.region,
    securedProjects: summary.securedProjects,
    siteProjects: parts.status.siteProjects,
    serviceRegion: summary.serviceRegion,
    storageRegion: summary.storageRegion,
    status,
    runningJob: summary.runningJob,
    lastBackup: summary.lastJob,
    nextBackupAt: summary.nextBackupAt,
    schedule: parts.status.schedule,
    scheduleVersion: parts.status.scheduleVersion,
    recentJobs: parts.status.recentJobs,
    audit: parts.audit,
    token: adminToken,
    alerts,
    health,
    stale: parts.stale,
    ...(parts.partial ? { partial: true as const } : {}),
    asOf: parts.status.asOf,
  };
}

/**
 * The status of a connection whose first reading failed: nothing known beyond the connection
 * itself (no jobs, no plan, no counts), for an overview marked stale and partial.
 */
function unreadStatus(connection: Connection, now: Date): StatusSnapshot {
  return {
    asOf: now.toISOString(),
    summary: {
      instanceId: connection.instanceId,
      serviceRegion: connection.region,
      storageRegion: '',
      securedProjects: 0,
      // No counts: the verdict judges no space it knows nothing of.
      visibleProjects: 0,
      protectedProjects: 0,
      credentialsStatus: 'VALID',
      lastJob: null,
      runningJob: null,
      nextBackupAt: null,
    },
    scheduleVersion: '',
    schedule: null,
    recentJobs: [],
    siteProjects: null,
  };
}
