import { randomUUID } from 'node:crypto';
import type { TokenMetadata } from '../contract';
import { displayNameOf } from '../app/caller';
import { requireConnectedAdmin } from '../app/connection';
import type { AppDeps } from '../app/deps';
import { AppFailure, ok } from '../app/errors';
import { tokenMetadata } from '../app/state';
import { validateUpdateJiraToken } from '../domain/inputs';
import { lastFour } from '../domain/masking';
import { handle, valid } from './handle';
import { withTokenRejection } from './tokenRejection';

/** Hands a new Jira API token to the service, which checks it; the app keeps only metadata. */
export const updateJiraToken = (deps: AppDeps) =>
  handle<TokenMetadata>(deps, 'updateJiraToken', async (caller, payload) => {
    const input = valid(validateUpdateJiraToken(payload, deps.clock.now()));
    const { state, service } = await requireConnectedAdmin(deps, caller);
    // Two updates at once would leave the stored details of one token while the service holds
    // the other: the first to claim goes ahead (as connect and disconnect do), the other stops.
    if (!(await state.claimConnectionChange(randomUUID()))) {
      throw new AppFailure(
        'CONFLICT',
        'Another administrator is changing this connection right now. Reload the page in a moment.',
      );
    }
    try {
      const [, displayName] = await Promise.all([
        withTokenRejection(
          service.updateCredentials({
            email: input.email,
            apiToken: input.token,
            ...(input.expiresOn ? { expiresOn: input.expiresOn } : {}),
          }),
        ),
        displayNameOf(deps, caller),
      ]);
      const now = deps.clock.now().toISOString();
      const metadata = {
        email: input.email,
        lastFour: lastFour(input.token),
        updatedAt: now,
        expiresOn: input.expiresOn ?? null,
      };
      await state.saveCredentials(metadata);
      await state.appendAudit({
        at: now,
        accountId: caller.accountId,
        displayName,
        action: 'TOKEN_UPDATED',
        detail: `API token for ${input.email}${input.expiresOn ? `, expires ${input.expiresOn}` : ''}`,
      });
      return ok(tokenMetadata(metadata, true));
    } finally {
      await state.releaseConnectionChange();
    }
  });
