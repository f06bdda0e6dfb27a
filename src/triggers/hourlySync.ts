import type { AlertCode } from '../contract';
import type { AppDeps } from '../app/deps';
import { BUDGETS } from '../app/deps';
import { failureReason } from '../app/appError';
import { withJiraDeadline } from '../app/jiraWithDeadline';
import { isUpstreamError } from '../ports/upstreamError';
import { snapshotIsFresh } from '../app/freshness';
import { readLiveStatus, storeSnapshot } from '../app/liveStatus';
import { assessStatus } from '../app/overview';
import type { Connection, StatusSnapshot } from '../app/state';
import { SYNC_LOCK_SECONDS, appState } from '../app/state';

/** Refresh the service session when it has less than this left (it lasts 30 days). */
export const SESSION_REFRESH_WINDOW_MS = 7 * 24 * 3_600_000;

export type SyncOutcome =
  | { ran: false; reason: 'NOT_CONNECTED' | 'ALREADY_RUNNING' }
  | {
      ran: true;
      sessionRefreshed: boolean;
      snapshot: 'UPDATED' | 'FRESH' | 'KEPT_PREVIOUS';
      alerts: AlertCode[];
    };

/**
 * The hourly scheduled run: keeps the service session alive, stores a status snapshot for the
 * page, and reports what needs an admin. Idempotent; a second concurrent run exits at once.
 */
export async function hourlySync(appDeps: AppDeps): Promise<SyncOutcome> {
  const deps = withJiraDeadline(appDeps);
  const state = appState(deps.store);
  const connection = await state.connection();
  if (!connection) return { ran: false, reason: 'NOT_CONNECTED' };
  if (!(await state.acquireSyncLock(crypto.randomUUID(), SYNC_LOCK_SECONDS))) {
    deps.log.info('Hourly sync skipped: another run holds the lock');
    return { ran: false, reason: 'ALREADY_RUNNING' };
  }
  try {
    const refresh = await refreshSessionIfDue(deps, connection);
    let connectionLost = refresh === 'LOST';
    const previous = await state.snapshot(connection);
    let current = previous;
    let snapshotOutcome: 'UPDATED' | 'FRESH' | 'KEPT_PREVIOUS' = 'FRESH';
    if (!connectionLost && (!previous || !snapshotIsFresh(previous, deps.clock.now()))) {
      try {
        current = await readLiveStatus(deps, connection, BUDGETS.trigger);
        snapshotOutcome = (await storeSnapshot(deps, current, connection))
          ? 'UPDATED'
          : 'KEPT_PREVIOUS';
      } catch (error) {
        snapshotOutcome = 'KEPT_PREVIOUS';
        connectionLost = isUpstreamError(error, 'CONNECTION_LOST');
        deps.log.warn('Hourly sync could not read the service; the previous snapshot stays', {
          reason: failureReason(error),
        });
      }
    }
    if (connectionLost) snapshotOutcome = 'KEPT_PREVIOUS';
    await state.pruneAudit();
    const alerts = current
      ? await alertCodes(deps, connection, current, connectionLost)
      : connectionLost
        ? (['CONNECTION_LOST'] as AlertCode[])
        : [];
    if (alerts.length > 0) deps.log.warn('Backups need attention', { alerts: alerts.join(',') });
    return {
      ran: true,
      sessionRefreshed: refresh === 'REFRESHED',
      snapshot: snapshotOutcome,
      alerts,
    };
  } finally {
    await state.releaseSyncLock();
  }
}

/** LOST: the service refused the session for good (or the app holds none): reconnect. */
async function refreshSessionIfDue(
  deps: AppDeps,
  connection: Connection,
): Promise<'REFRESHED' | 'NOT_DUE' | 'FAILED' | 'LOST'> {
  const vault = appState(deps.store).sessionVault(connection);
  const session = await vault.read();
  if (!session) {
    deps.log.error('The app holds no GitProtect session for its connection', {
      reason: 'rejected',
    });
    return 'LOST';
  }
  const left = Date.parse(session.accessTokenExpiresAt) - deps.clock.now().getTime();
  if (left > SESSION_REFRESH_WINDOW_MS) return 'NOT_DUE';
  try {
    await deps.services
      .instance(connection.region, vault, { budgetMs: BUDGETS.trigger })
      .refreshSession();
    deps.log.info('Service session refreshed');
    return 'REFRESHED';
  } catch (error) {
    deps.log.error('Service session refresh failed', { reason: failureReason(error) });
    return isUpstreamError(error, 'CONNECTION_LOST') ? 'LOST' : 'FAILED';
  }
}

async function alertCodes(
  deps: AppDeps,
  connection: Connection,
  status: StatusSnapshot,
  connectionLost: boolean,
): Promise<AlertCode[]> {
  const credentials = await appState(deps.store).credentials();
  const { alerts } = assessStatus({
    connection,
    status,
    stale: connectionLost,
    connectionLost,
    credentials,
    now: deps.clock.now(),
  });
  return alerts.map((alert) => alert.code);
}
