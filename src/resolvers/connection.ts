import type { AppDeps } from '../app/deps';
import { AppFailure } from '../app/errors';
import type { Connection } from '../app/state';
import { appState } from '../app/state';

export async function requireConnection(deps: AppDeps): Promise<Connection> {
  const connection = await appState(deps.store).connection();
  if (!connection) {
    throw new AppFailure('NOT_CONNECTED', 'Connect this Jira site to GitProtect first.');
  }
  return connection;
}
