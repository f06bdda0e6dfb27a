/** `getOverview` through the real resolver handler, as Forge calls it, timed. */
import { LOCAL_USERS } from '../../src/adapters/local/jiraSite';
import type { AppDeps } from '../../src/app/deps';
import type { Envelope, Overview } from '../../src/contract';
import { createResolverHandler } from '../../src/resolvers';
import { LOCAL_INSTALL_CONTEXT } from '../../dev/host/localApp';

export interface TimedOverview {
  ms: number;
  envelope: Envelope<Overview>;
}

export function overviewCaller(deps: AppDeps, as: 'admin' | 'member' = 'admin') {
  const handler = createResolverHandler(deps);
  const call = (functionKey: string) =>
    handler(
      { call: { functionKey }, context: {} },
      {
        principal: { accountId: LOCAL_USERS[as].accountId },
        installContext: LOCAL_INSTALL_CONTEXT,
      },
    );
  return {
    async getOverview(): Promise<TimedOverview> {
      const started = performance.now();
      const envelope = (await call('getOverview')) as Envelope<Overview>;
      return { ms: performance.now() - started, envelope };
    },
    startBackup: () => call('startBackup'),
  };
}
