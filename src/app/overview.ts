import type { ConnectedOverview, Envelope, Overview } from '../contract';
import { healthAlerts } from '../domain/alerts';
import { backupStatus } from '../domain/status';
import type { Caller } from './caller';
import { isAdmin } from './caller';
import type { AppDeps } from './deps';
import { BUDGETS } from './deps';
import { fail, ok, toAppError } from './errors';
import { readLiveStatus, storeSnapshot } from './liveStatus';
import type { Connection, CredentialsMetadata, StatusSnapshot } from './state';
import { appState, tokenMetadata } from './state';
import type { AuditEntry } from '../contract';

/**
 * Everything the page shows, in one call. The service is read live; when it is slow or down,
 * the last stored snapshot answers, marked stale.
 */
export async function buildOverview(deps: AppDeps, caller: Caller): Promise<Envelope<Overview>> {
  const state = appState(deps.store);
  const adminCheck = isAdmin(deps, caller);
  const [connection, snapshot, credentials, audit] = await Promise.all([
    state.connection(),
    state.snapshot(),
    state.credentials(),
    state.audit(),
  ]);
  if (!connection) {
    return ok({
      connected: false,
      viewer: { accountId: caller.accountId, isAdmin: await adminCheck },
    });
  }

  const budget = snapshot ? BUDGETS.overviewLive : BUDGETS.overviewFirst;
  let status: StatusSnapshot;
  let stale = false;
  try {
    status = await readLiveStatus(deps, connection, budget);
  } catch (error) {
    deps.log.warn('Backup status read failed; answering from the stored snapshot', {
      reason: error instanceof Error ? error.name : 'unknown',
      hasSnapshot: snapshot !== undefined,
    });
    if (!snapshot) return fail(toAppError(error).code, toAppError(error).message);
    status = snapshot;
    stale = true;
  }
  if (!stale && snapshotOutdated(snapshot, status)) await storeSnapshot(deps, status);

  const viewerIsAdmin = await adminCheck;
  return ok(
    composeOverview({
      connection,
      status,
      stale,
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
  credentials: CredentialsMetadata | undefined;
  audit: AuditEntry[];
  viewerIsAdmin: boolean;
  caller: Caller;
  now: Date;
}

export function composeOverview(parts: OverviewParts): ConnectedOverview {
  const { summary } = parts.status;
  const adminToken = tokenMetadata(parts.credentials, true);
  return {
    connected: true,
    viewer: { accountId: parts.caller.accountId, isAdmin: parts.viewerIsAdmin },
    region: parts.connection.region,
    securedProjects: summary.securedProjects,
    siteProjects: parts.status.siteProjects,
    serviceRegion: summary.serviceRegion,
    storageRegion: summary.storageRegion,
    status: backupStatus(summary.runningJob, summary.lastJob),
    runningJob: summary.runningJob,
    lastBackup: summary.lastJob,
    nextBackupAt: summary.nextBackupAt,
    schedule: parts.status.schedule,
    scheduleVersion: parts.status.scheduleVersion,
    recentJobs: parts.status.recentJobs,
    audit: parts.viewerIsAdmin ? parts.audit : [],
    token: tokenMetadata(parts.credentials, parts.viewerIsAdmin),
    alerts: healthAlerts({
      now: parts.now,
      recentJobs: parts.status.recentJobs,
      lastJob: summary.lastJob,
      runningJob: summary.runningJob,
      schedule: parts.status.schedule,
      credentialsStatus: summary.credentialsStatus,
      token: adminToken,
      connectedAt: parts.connection.connectedAt,
    }),
    stale: parts.stale,
    asOf: parts.status.asOf,
  };
}
