import { randomUUID } from 'node:crypto';
import type { Overview } from '../contract';
import { displayNameOf, requireAdmin } from '../app/caller';
import { withDeadline } from '../app/deadline';
import type { AppDeps } from '../app/deps';
import { BUDGETS } from '../app/deps';
import { AppFailure } from '../app/errors';
import { buildOverview } from '../app/overview';
import { appState } from '../app/state';
import { validateConnect } from '../domain/inputs';
import { lastFour } from '../domain/masking';
import { handle, valid } from './handle';
import { withTokenRejection } from './tokenRejection';

/** The first run: registers this Jira site with GitProtect in the chosen region. */
export const connect = (deps: AppDeps) =>
  handle<Overview>(deps, 'connect', async (caller, payload) => {
    const input = valid(validateConnect(payload, deps.clock.now()));
    await requireAdmin(deps, caller);
    const state = appState(deps.store);
    // Two connects at once would both register: the first to claim goes ahead, the other stops.
    if (!(await state.claimConnectionChange(randomUUID()))) {
      throw new AppFailure(
        'CONFLICT',
        'Another administrator is connecting this Jira site right now. Reload the page in a moment.',
      );
    }
    try {
      if (await state.connection()) {
        throw new AppFailure('CONFLICT', 'This Jira site is already connected to GitProtect.');
      }
      const [siteUrl, displayName] = await Promise.all([
        withDeadline(deps.jira.siteUrl(), BUDGETS.jira, 'Reading the site URL'),
        displayNameOf(deps, caller),
      ]);
      const registration = await withTokenRejection(
        deps.services.register(
          input.region,
          { cloudId: caller.cloudId, siteUrl },
          {
            email: input.email,
            apiToken: input.token,
            ...(input.expiresOn ? { expiresOn: input.expiresOn } : {}),
          },
        ),
      );
      const now = deps.clock.now().toISOString();
      // The secret first: a connection without its session would be unusable.
      await state.sessionVault().write(registration.session);
      await state.saveCredentials({
        email: input.email,
        lastFour: lastFour(input.token),
        updatedAt: now,
        expiresOn: input.expiresOn ?? null,
      });
      await state.saveConnection({
        region: input.region,
        instanceId: registration.instanceId,
        managementHost: registration.managementHost,
        cloudId: caller.cloudId,
        connectedAt: now,
      });
      await state.appendAudit({
        at: now,
        accountId: caller.accountId,
        displayName,
        action: 'CONNECTED',
        detail: `Connected to GitProtect in region ${input.region}`,
      });
    } finally {
      await state.releaseConnectionChange();
    }
    return buildOverview(deps, caller);
  });
