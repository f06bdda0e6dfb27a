import type { Alert, BackupStatus, Health } from '../contract';
import {
  byRootCause,
  connectionLostAlert,
  healthAlerts,
  lastKnownSuccess,
  staleDataAlert,
  type HealthInput,
  type StaleCause,
} from './alerts';
import { backupStatus } from './status';

export interface HealthFacts extends HealthInput {
  /** The service said the site's instance or the app's session is gone. */
  connectionLost: boolean;
  /** The facts are the last stored snapshot: the service could not be read now. */
  stale: boolean;
  /** When the facts were read from the service. */
  asOf: string;
  /** Why the service could not be read now, when `stale`: busy (rate limited) or unreachable. */
  staleCause?: StaleCause;
}

export interface Assessment {
  /** Every cause, root cause first (see ROOT_CAUSE_ORDER). */
  alerts: Alert[];
  health: Health;
  /** The Status fact, in agreement with the verdict: PAUSED while no backup can run. */
  status: BackupStatus;
}

/**
 * One verdict from everything the overview knows: the root cause of what is wrong, or that Jira
 * is protected; and the facts that must agree with it. Pure: `now` comes in with the facts.
 */
export function assessHealth(facts: HealthFacts): Assessment {
  const knownUntil = facts.stale ? new Date(facts.asOf) : undefined;
  const rules = healthAlerts({ ...facts, ...(knownUntil ? { knownUntil } : {}) });
  // A lost connection already says that what is shown is the last status read.
  const extra = facts.connectionLost
    ? [connectionLostAlert()]
    : facts.stale
      ? [staleDataAlert(facts.asOf, facts.staleCause)]
      : [];
  const alerts = byRootCause([...extra, ...rules]);
  const pausedUntil = pausedUntilOf(alerts);
  const lastSuccess = lastKnownSuccess(facts);
  return {
    alerts,
    health: {
      verdict: alerts[0]?.code ?? 'PROTECTED',
      pausedUntil,
      checkedAt: facts.now.toISOString(),
      lastSuccessAt: lastSuccess ? lastSuccess.toISOString() : null,
    },
    status: backupsCannotRun(alerts) ? 'PAUSED' : backupStatus(facts.runningJob, facts.lastJob),
  };
}

/**
 * No backup can run without credentials Jira accepts: that the app knows. A lost connection is
 * different: the app can no longer see or start backups, but GitProtect may still run its plan,
 * so the status stays the last one read (and the verdict says as of when).
 */
function backupsCannotRun(alerts: readonly Alert[]): boolean {
  return alerts.some(
    (alert) => alert.code === 'CREDENTIALS_REJECTED' || alert.code === 'TOKEN_EXPIRED',
  );
}

/** Until when the app cannot start a backup: a new token, or the site connected again. */
function pausedUntilOf(alerts: readonly Alert[]): Health['pausedUntil'] {
  const codes = new Set(alerts.map((alert) => alert.code));
  if (codes.has('CONNECTION_LOST')) return 'RECONNECTED';
  if (codes.has('CREDENTIALS_REJECTED') || codes.has('TOKEN_EXPIRED')) return 'TOKEN_REPLACED';
  return null;
}
