import type { Overview } from '../contract';
import { displayNameOf, requireAdmin } from '../app/caller';
import { asOnlyConnectionChange } from '../app/connection';
import { credentialsMetadata, serviceCredentials } from '../app/credentials';
import type { AppDeps } from '../app/deps';
import { AppFailure } from '../app/appError';
import { buildOverview } from '../app/overview';
import { appState } from '../app/state';
import { validateConnect } from '../domain/inputs';
import { handle, valid } from './handle';
import { refuseTokenOfNoKnownFormat, withTokenRejection } from './tokenRejection';

/** The first run: registers this Jira site with GitProtect in the chosen region. */
export const connect = (deps: AppDeps) =>
  handle<Overview>(deps, 'connect', async (caller, payload) => {
    const input = valid(validateConnect(payload, deps.clock.now()));
    await requireAdmin(deps, caller);
    refuseTokenOfNoKnownFormat(input.token);
    const state = appState(deps.store);
    // Two connects at once would both register.
    await asOnlyConnectionChange(
      state,
      'Another administrator is connecting this Jira site right now. Reload the page in a moment.',
      async () => {
        if (await state.connection()) {
          throw new AppFailure('CONFLICT', 'This Jira site is already connected to GitProtect.');
        }
        const [siteUrl, displayName] = await Promise.all([
          deps.jira.siteUrl(),
          displayNameOf(deps, caller),
        ]);
        const registration = await withTokenRejection(
          deps.services.register(
            input.region,
            { cloudId: caller.cloudId, siteUrl },
            serviceCredentials(input),
          ),
        );
        const now = deps.clock.now().toISOString();
        // A new generation: state of any earlier connection is not this one's (state.ts).
        const generation = crypto.randomUUID();
        // The secret first: a connection without its session would be unusable.
        await state.saveFirstSession(registration.session, generation);
        await state.saveCredentials(credentialsMetadata(input, now));
        await state.saveConnection({
          region: input.region,
          instanceId: registration.instanceId,
          managementHost: registration.managementHost,
          cloudId: caller.cloudId,
          connectedAt: now,
          generation,
        });
        await state.appendAudit({
          at: now,
          accountId: caller.accountId,
          displayName,
          action: 'CONNECTED',
          detail: `Connected to GitProtect in region ${input.region}`,
        });
      },
    );
    return buildOverview(deps, caller, { justConnected: true });
  });
