import type { Overview } from '../contract';
import { displayNameOf, requireAdmin } from '../app/caller';
import { asOnlyConnectionChange } from '../app/connection';
import type { AppDeps } from '../app/deps';
import { AppFailure, ok } from '../app/appError';
import { appState } from '../app/state';
import { validateEmpty } from '../domain/inputs';
import { handle, valid } from './handle';

/**
 * Forgets this site's connection: the session, the instance, the token's details and the last
 * snapshot (the audit trail stays). Nothing is asked of GitProtect, so it works when the service
 * has lost the site, and the backups there are kept. `connect` works again afterwards.
 */
export const disconnect = (deps: AppDeps) =>
  handle<Overview>(deps, 'disconnect', async (caller, payload) => {
    valid(validateEmpty(payload));
    await requireAdmin(deps, caller);
    const state = appState(deps.store);
    return asOnlyConnectionChange(
      state,
      'Another administrator is connecting or disconnecting this site right now. Reload the page.',
      async () => {
        const connection = await state.connection();
        if (!connection) {
          throw new AppFailure('NOT_CONNECTED', 'This Jira site is not connected to GitProtect.');
        }
        const displayName = await displayNameOf(deps, caller);
        await state.forget();
        await state.appendAudit({
          at: deps.clock.now().toISOString(),
          accountId: caller.accountId,
          displayName,
          action: 'DISCONNECTED',
          detail: `Disconnected from GitProtect in region ${connection.region}; the backups there are kept`,
        });
        deps.log.info('Disconnected from GitProtect', {
          region: connection.region,
        });
        return ok<Overview>({
          connected: false,
          viewer: { accountId: caller.accountId, isAdmin: true },
        });
      },
    );
  });
