import type { StartedBackup } from '../contract';
import { displayNameOf } from '../app/caller';
import { requireConnectedAdmin } from '../app/connection';
import type { AppDeps } from '../app/deps';
import { ok } from '../app/appError';
import { amendSnapshot } from '../app/liveStatus';
import { validateEmpty } from '../domain/inputs';
import { handle, valid } from './handle';

/** Starts a backup with the current plan; while one runs, that job is returned instead. */
export const startBackup = (deps: AppDeps) =>
  handle<StartedBackup>(deps, 'startBackup', async (caller, payload) => {
    valid(validateEmpty(payload));
    const { state, service, connection } = await requireConnectedAdmin(deps, caller);
    const displayName = await displayNameOf(deps, caller);
    const { job, created } = await service.startBackup(
      { accountId: caller.accountId, displayName },
      crypto.randomUUID(),
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
    // Other admins' open pages read the snapshot while idle: it now says a backup runs.
    await amendSnapshot(deps, connection, (snapshot) => ({
      ...snapshot,
      summary: { ...snapshot.summary, runningJob: job },
    }));
    return ok({ job, started: created });
  });
