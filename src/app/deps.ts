import type { Clock } from '../ports/clock';
import type { Jira } from '../ports/jira';
import type { Log } from '../ports/log';
import type { ManagementServiceDirectory } from '../ports/managementService';
import type { Store } from '../ports/store';

/** Everything the resolvers and the trigger need from the outside world. */
export interface AppDeps {
  store: Store;
  jira: Jira;
  services: ManagementServiceDirectory;
  clock: Clock;
  log: Log;
}

/**
 * manifest.yml's `timeoutSeconds` for the `hourly-sync` function: Forge ends a run by then.
 * test/backend/manifest.test.ts checks that the two agree.
 */
export const HOURLY_SYNC_TIMEOUT_SECONDS = 120;

/** Time budgets, in ms, that keep every call well inside Forge's limits (25 s resolvers). */
export const BUDGETS = {
  /** A live overview; past it the stored snapshot answers. */
  overviewLive: 3_000,
  /** A live overview when there is no snapshot to fall back on. */
  overviewFirst: 8_000,
  /** Any other resolver's call to the service. */
  action: 8_000,
  /** Each of the trigger's calls; the trigger stays far inside HOURLY_SYNC_TIMEOUT_SECONDS. */
  trigger: 10_000,
  /** Each call to Jira itself (admin check, display name, project count). */
  jira: 4_000,
} as const;
