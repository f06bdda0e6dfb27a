import { makeResolver } from '@forge/resolver';
import type { Defs } from '../contract';
import type { AppDeps } from '../app/deps';
import { fail } from '../app/appError';
import { withJiraDeadline } from '../app/jiraWithDeadline';
import { connect } from './connect';
import { disconnect } from './disconnect';
import { getCoverage } from './getCoverage';
import { getJob } from './getJob';
import { getOverview } from './getOverview';
import { listJobs } from './listJobs';
import { openManagementService } from './openManagementService';
import { saveSchedule } from './saveSchedule';
import { startBackup } from './startBackup';
import { updateJiraToken } from './updateJiraToken';

type DefinitionsHandler = ReturnType<typeof makeResolver>;

/** Every resolver, wired to its dependencies: the handler Forge (or the local host) calls. */
export function createResolverHandler(appDeps: AppDeps): DefinitionsHandler {
  const deps = withJiraDeadline(appDeps);
  const resolvers = {
    getOverview: getOverview(deps),
    saveSchedule: saveSchedule(deps),
    startBackup: startBackup(deps),
    openManagementService: openManagementService(deps),
    updateJiraToken: updateJiraToken(deps),
    connect: connect(deps),
    disconnect: disconnect(deps),
    getCoverage: getCoverage(deps),
    getJob: getJob(deps),
    listJobs: listJobs(deps),
  };
  const dispatch = makeResolver<Defs>(resolvers);
  // @forge/resolver looks a key up with `in` on a plain object, so `constructor`, `valueOf` or
  // `__proto__` reach Object.prototype: only the keys defined here may get through to it.
  const ownKeys: ReadonlySet<string> = new Set(Object.keys(resolvers));

  return async (invocation, runtime) => {
    const functionKey: unknown = invocation?.call?.functionKey;
    if (typeof functionKey === 'string' && ownKeys.has(functionKey)) {
      return dispatch(invocation, runtime);
    }
    deps.log.warn('Refused a call to a function key this app does not define', {
      functionKey: typeof functionKey === 'string' ? functionKey.slice(0, 64) : typeof functionKey,
    });
    return fail('INVALID_INPUT', 'This app has no such action.', { field: 'functionKey' });
  };
}
