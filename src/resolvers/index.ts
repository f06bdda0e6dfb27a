import { makeResolver } from '@forge/resolver';
import type { Defs } from '../contract';
import type { AppDeps } from '../app/deps';
import { connect } from './connect';
import { getOverview } from './getOverview';
import { openManagementService } from './openManagementService';
import { saveSchedule } from './saveSchedule';
import { startBackup } from './startBackup';
import { updateJiraToken } from './updateJiraToken';

/** Every resolver, wired to its dependencies: the handler Forge (or the local host) calls. */
export function createResolverHandler(deps: AppDeps) {
  return makeResolver<Defs>({
    getOverview: getOverview(deps),
    saveSchedule: saveSchedule(deps),
    startBackup: startBackup(deps),
    openManagementService: openManagementService(deps),
    updateJiraToken: updateJiraToken(deps),
    connect: connect(deps),
  });
}
