import type { AppDeps } from '../app/deps';
import { appState } from '../app/state';

/** When the app is removed from a site, its service session and metadata go with it. */
export async function onUninstall(deps: AppDeps): Promise<void> {
  await appState(deps.store).forget();
  deps.log.info('App uninstalled: stored session and metadata removed');
}
