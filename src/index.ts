import type { AppDeps } from './app/deps';
import { consoleLog } from './adapters/consoleLog';
import { forgeJira } from './adapters/forge/jira';
import { kvsStore } from './adapters/forge/kvsStore';
import { createManagementServiceDirectory } from './adapters/gitprotect';
import { baseUrlsFrom } from './config';
import { systemClock } from './ports/clock';
import { createResolverHandler } from './resolvers';
import { hourlySync as runHourlySync } from './triggers/hourlySync';

/** The composition root for Forge: real adapters in, handlers out. Stateless across tenants. */
const log = consoleLog();
const deps: AppDeps = {
  store: kvsStore,
  jira: forgeJira,
  clock: systemClock,
  log,
  services: createManagementServiceDirectory({ baseUrls: baseUrlsFrom(process.env), log }),
};

export const resolver = createResolverHandler(deps);

export async function hourlySync(): Promise<void> {
  await runHourlySync(deps);
}
