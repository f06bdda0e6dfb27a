import { randomUUID } from 'node:crypto';
import type { ManagementService } from '../ports/managementService';
import { requireAdmin } from './caller';
import type { AdminOnly, Caller } from './caller';
import type { AppDeps } from './deps';
import { BUDGETS } from './deps';
import { AppFailure } from './appError';
import type { AppState, Connection } from './state';
import { appState } from './state';

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
  const service = deps.services.instance(connection.region, state.sessionVault(), {
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
 * goes ahead, another at the same time stops with CONFLICT and `busy` as its message.
 */
export async function asOnlyConnectionChange<T>(
  state: AppState,
  busy: string,
  change: () => Promise<T>,
): Promise<T> {
  if (!(await state.claimConnectionChange(randomUUID()))) throw new AppFailure('CONFLICT', busy);
  try {
    return await change();
  } finally {
    await state.releaseConnectionChange();
  }
}
