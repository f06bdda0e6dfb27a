import type { ManagementService } from '../ports/managementService';
import { requireAdmin } from './caller';
import type { Caller } from './caller';
import type { AppDeps } from './deps';
import { BUDGETS } from './deps';
import { AppFailure } from './errors';
import type { Connection } from './state';
import { appState } from './state';

/** What an action on a connected site works with. */
export interface Connected {
  connection: Connection;
  state: ReturnType<typeof appState>;
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
export async function requireConnectedAdmin(deps: AppDeps, caller: Caller): Promise<Connected> {
  await requireAdmin(deps, caller);
  return requireConnection(deps);
}
