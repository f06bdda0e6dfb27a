import type { TokenMetadata } from '../contract';
import { displayNameOf } from '../app/caller';
import { asOnlyConnectionChange, requireConnectedAdmin } from '../app/connection';
import { credentialsMetadata, serviceCredentials } from '../app/credentials';
import type { AppDeps } from '../app/deps';
import { ok } from '../app/appError';
import { tokenMetadata } from '../app/state';
import { validateUpdateJiraToken } from '../domain/inputs';
import { handle, valid } from './handle';
import { refuseTokenOfNoKnownFormat, withTokenRejection } from './tokenRejection';

/** Hands a new Jira API token to the service, which checks it; the app keeps only metadata. */
export const updateJiraToken = (deps: AppDeps) =>
  handle<TokenMetadata>(deps, 'updateJiraToken', async (caller, payload) => {
    const input = valid(validateUpdateJiraToken(payload, deps.clock.now()));
    const { state, service } = await requireConnectedAdmin(deps, caller);
    refuseTokenOfNoKnownFormat(input.token);
    // Two updates at once would leave the stored details of one token while the service holds
    // the other.
    return asOnlyConnectionChange(
      state,
      'Another administrator is changing this connection right now. Reload the page in a moment.',
      async () => {
        const [, displayName] = await Promise.all([
          withTokenRejection(service.updateCredentials(serviceCredentials(input))),
          displayNameOf(deps, caller),
        ]);
        const now = deps.clock.now().toISOString();
        const metadata = credentialsMetadata(input, now);
        await state.saveCredentials(metadata);
        await state.appendAudit({
          at: now,
          accountId: caller.accountId,
          displayName,
          action: 'TOKEN_UPDATED',
          detail: `API token for ${input.email}${input.expiresOn ? `, expires ${input.expiresOn}` : ''}`,
        });
        return ok(tokenMetadata(metadata, true));
      },
    );
  });
