import type { AppDeps } from './deps';
import { withDeadline } from './withDeadline';
import { errorName } from './appError';
import type { Connection, StatusSnapshot } from './state';
import { appState } from './state';

export const RECENT_JOBS = 10;

/** Projects in the site, or null when Jira does not answer in time: never fatal. */
export async function siteProjectCount(deps: AppDeps, budgetMs: number): Promise<number | null> {
  try {
    // Jira's own deadline may be longer than what this reading has.
    return await withDeadline(deps.jira.countProjects(), budgetMs, 'Counting Jira projects');
  } catch (error) {
    deps.log.warn('Could not count Jira projects', {
      reason: errorName(error),
    });
    return null;
  }
}

/** Reads everything the page shows from the service, all calls at once. */
export async function readLiveStatus(
  deps: AppDeps,
  connection: Connection,
  budgetMs: number,
): Promise<StatusSnapshot> {
  const vault = appState(deps.store).sessionVault(connection);
  const service = deps.services.instance(connection.region, vault, { budgetMs });
  const live = Promise.all([
    service.getSummary(),
    service.getSchedule(),
    service.listJobs(RECENT_JOBS),
    siteProjectCount(deps, budgetMs),
  ]);
  const [summary, stored, recentJobs, siteProjects] = await withDeadline(
    live,
    budgetMs + 500,
    'Reading the backup status',
  );
  return {
    asOf: deps.clock.now().toISOString(),
    generation: connection.generation,
    summary,
    scheduleVersion: stored.version,
    schedule: stored.schedule ? { ...stored.schedule, version: stored.version } : null,
    recentJobs,
    siteProjects,
  };
}

/**
 * A reading stands without its copy: a store that refuses the snapshot fails nobody's page.
 * False also when the connection it was read for has ended meanwhile (nothing is kept then).
 */
export async function storeSnapshot(
  deps: AppDeps,
  status: StatusSnapshot,
  connection: Connection,
): Promise<boolean> {
  try {
    const kept = await appState(deps.store).saveSnapshot(status, connection);
    if (!kept) deps.log.info('The connection ended during the reading; its snapshot is dropped');
    return kept;
  } catch (error) {
    deps.log.error('Could not store the status snapshot; the live reading is used as is', {
      reason: errorName(error),
      bytes: JSON.stringify(status).length,
    });
    return false;
  }
}

/**
 * Writes what an action just changed into the stored snapshot, so that pages reading it (idle
 * reads, the stale fallback) see it without asking the service: a backup started here shows as
 * running on every open page. Nothing is written without a snapshot of this connection, and a
 * failure to write fails nobody's action.
 */
export async function amendSnapshot(
  deps: AppDeps,
  connection: Connection,
  change: (snapshot: StatusSnapshot) => StatusSnapshot,
): Promise<void> {
  try {
    const state = appState(deps.store);
    const snapshot = await state.snapshot(connection);
    if (snapshot) await state.saveSnapshot(change(snapshot), connection);
  } catch (error) {
    deps.log.warn('Could not note the change in the status snapshot', {
      reason: errorName(error),
    });
  }
}
