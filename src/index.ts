import type { AppDeps } from './app/deps';
import { cloudIdOf } from './app/caller';
import { consoleLog } from './adapters/consoleLog';
import { forgeJira } from './adapters/forge/jira';
import { kvsStore } from './adapters/forge/kvsStore';
import { createManagementServiceDirectory } from './adapters/gitprotect';
import { forgeRegistrationChannel } from './adapters/gitprotect/forgeRemote';
import { baseUrlsFrom } from './config';
import { systemClock } from './adapters/systemClock';
import { createResolverHandler } from './resolvers';
import { hourlySync as runHourlySync } from './triggers/hourlySync';

/** The composition root for Forge: real adapters in, handlers out. Stateless across tenants. */
const log = consoleLog();
const deps: AppDeps = {
  store: kvsStore,
  jira: forgeJira,
  clock: systemClock,
  log,
  services: createManagementServiceDirectory({
    baseUrls: productionBaseUrls(),
    // Registration goes through Forge Remote, which proves the site with a Forge Invocation Token.
    registrationChannel: forgeRegistrationChannel,
    log,
  }),
};

export const resolver = createResolverHandler(deps);

/** What Forge passes a scheduled trigger as its second argument. */
interface TriggerContext {
  installContext?: unknown;
}

/**
 * What a scheduled trigger answers Forge (function-reference/scheduled-trigger): 204 is a
 * success, a 5xx an error; any other shape is recorded as a failed run (424).
 */
export interface TriggerResponse {
  statusCode: 204 | 500;
  statusText?: string;
}

export async function hourlySync(
  _event?: unknown,
  context?: TriggerContext,
): Promise<TriggerResponse> {
  if (cloudIdOf(context?.installContext) === undefined) {
    log.error('Hourly sync did not run: Forge named no Jira site installation');
    return { statusCode: 500, statusText: 'No Jira site installation' };
  }
  // A run that finds another one holding the lock, or no connection, has done its job too.
  await runHourlySync(deps);
  return { statusCode: 204 };
}

/** A bad `forge variables` base URL stops the app at load, with the reason in its log. */
function productionBaseUrls() {
  try {
    return baseUrlsFrom(process.env);
  } catch (error) {
    log.error('The app cannot start: a GitProtect base URL in forge variables is wrong', {
      reason: error instanceof Error ? error.message : 'unknown',
    });
    throw error;
  }
}
