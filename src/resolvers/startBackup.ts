import { randomUUID } from 'node:crypto';
import type { StartedBackup } from '../contract';
import { displayNameOf, requireAdmin } from '../app/caller';
import type { AppDeps } from '../app/deps';
import { BUDGETS } from '../app/deps';
import { ok } from '../app/errors';
import { appState } from '../app/state';
import { validateEmpty } from '../domain/inputs';
import { requireConnection } from './connection';
import { handle, valid } from './handle';

/** Starts a backup with the current plan; while one runs, that job is returned instead. */
export const startBackup = (deps: AppDeps) =>
  handle<StartedBackup>(deps, 'startBackup', async (caller, payload) => {
    valid(validateEmpty(payload));
    await requireAdmin(deps, caller);
    const connection = await requireConnection(deps);
    const state = appState(deps.store);
    const displayName = await displayNameOf(deps, caller);
    const service = deps.services.instance(connection.region, state.sessionVault(), {
      budgetMs: BUDGETS.action,
    });
    const { job, created } = await service.startBackup(
      { accountId: caller.accountId, displayName },
      randomUUID(),
    );
    if (created) {
      await state.appendAudit({
        at: deps.clock.now().toISOString(),
        accountId: caller.accountId,
        displayName,
        action: 'BACKUP_STARTED',
        detail: `Backup of ${job.projectsTotal} projects`,
      });
    }
    return ok({ job, started: created });
  });
