import type { ManagementService } from '../ports/managementService';
import { requireAdmin } from './caller';
import type { AdminOnly, Caller } from './caller';
import type { AppDeps } from './deps';
import { BUDGETS } from './deps';
import { AppFailure } from './appError';
import type { AppState, Connection } from './state';
import { CONNECTION_CLAIM_SECONDS, appState } from './state';

/** What an action on a connected site works with. */
export interface Connected {
  connection: Connection;
  state: AppState;
  service: ManagementService;
}

export async function requireConnection(deps: AppDeps): Promise<Connected> {
  const state = appState(deps.store);
  const connection = await state.connection();
  if (!connection) {
    throw new AppFailure('NOT_CONNECTED', 'Connect this Jira site to GitProtect first.');
  }
  const service = deps.services.instance(connection.region, state.sessionVault(connection), {
    budgetMs: BUDGETS.action,
  });
  return { connection, state, service };
}

/** An admin's action on a connected site: the admin check comes before the connection's. */
export async function requireConnectedAdmin(
  deps: AppDeps,
  caller: Caller,
  refused: AdminOnly = 'change',
): Promise<Connected> {
  await requireAdmin(deps, caller, refused);
  return requireConnection(deps);
}

/**
 * Runs `change` as the only connect, disconnect or token update of the site: the first to claim
 * goes ahead, another at the same time stops with CONFLICT and `busy` as its message. It holds
 * the hourly sync's lock too, when no sync does.
 */
export async function asOnlyConnectionChange<T>(
  state: AppState,
  busy: string,
  change: () => Promise<T>,
): Promise<T> {
  const callId = crypto.randomUUID();
  if (!(await state.claimConnectionChange(callId))) throw new AppFailure('CONFLICT', busy);
  try {
    // No hourly sync starts while the connection changes. One already running keeps going, but
    // its writes carry the generation it read and are dropped once that has ended (state.ts).
    await state.acquireSyncLock(callId, CONNECTION_CLAIM_SECONDS);
    return await change();
  } finally {
    await state.releaseSyncLock();
    await state.releaseConnectionChange();
  }
}
