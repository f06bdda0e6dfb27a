import type { SavedSchedule } from '../contract';
import { displayNameOf } from '../app/caller';
import { requireConnectedAdmin } from '../app/connection';
import type { AppDeps } from '../app/deps';
import { ok } from '../app/appError';
import { amendSnapshot } from '../app/liveStatus';
import { validateSaveSchedule } from '../domain/inputs';
import { nextBackupTimes, scheduleAuditDetail } from '../domain/schedule';
import { handle, valid } from './handle';

/**
 * Replaces the plan's days and hour; a stale version is a CONFLICT and changes nothing, unless
 * the schedule stored is the one sent (a replay), which is success but no second change.
 */
export const saveSchedule = (deps: AppDeps) =>
  handle<SavedSchedule>(deps, 'saveSchedule', async (caller, payload) => {
    const { version, ...schedule } = valid(validateSaveSchedule(payload));
    const { state, service, connection } = await requireConnectedAdmin(deps, caller);
    const [saved, displayName] = await Promise.all([
      service.replaceSchedule(schedule, version),
      displayNameOf(deps, caller),
    ]);
    const now = deps.clock.now();
    // A replay with a stale version meets the version an earlier call saved: no second change.
    if (await state.claimScheduleChange(saved.version)) {
      await state.appendAudit({
        at: now.toISOString(),
        accountId: caller.accountId,
        displayName,
        action: 'SCHEDULE_CHANGED',
        detail: scheduleAuditDetail(saved),
      });
    }
    const nextBackups = nextBackupTimes(saved, now, 3).map((at) => at.toISOString());
    // Open pages reading the snapshot while idle show the new plan and its next run.
    await amendSnapshot(deps, connection, (snapshot) => ({
      ...snapshot,
      schedule: saved,
      scheduleVersion: saved.version,
      summary: { ...snapshot.summary, nextBackupAt: nextBackups[0] ?? null },
    }));
    return ok({ schedule: saved, nextBackups });
  });
