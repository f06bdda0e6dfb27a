import { withDeadline } from './deadline';
import type { AppDeps } from './deps';
import { BUDGETS } from './deps';
import { AppFailure } from './errors';

/** The only trustworthy identity of a call: what Forge put in the resolver context. */
export interface Caller {
  accountId: string;
  cloudId: string;
}

export function callerFrom(context: Record<string, unknown>): Caller {
  const accountId = context.accountId;
  if (typeof accountId !== 'string' || accountId.length === 0) {
    throw new AppFailure('FORBIDDEN', 'Sign in to Jira to use GitProtect.io.');
  }
  return { accountId, cloudId: cloudIdOf(context.installContext) };
}

/** `ari:cloud:jira::site/<cloudId>` -> `<cloudId>`. */
function cloudIdOf(installContext: unknown): string {
  if (typeof installContext !== 'string') return 'unknown-site';
  return installContext.split('/').pop() || 'unknown-site';
}

/** Whether the caller administers Jira; false when Jira cannot say (fail closed). */
export async function isAdmin(deps: AppDeps, caller: Caller): Promise<boolean> {
  try {
    return await withDeadline(deps.jira.isAdmin(caller.accountId), BUDGETS.jira, 'Admin check');
  } catch (error) {
    deps.log.warn('Admin check failed; treating the caller as not an admin', {
      reason: error instanceof Error ? error.name : 'unknown',
    });
    return false;
  }
}

export async function requireAdmin(deps: AppDeps, caller: Caller): Promise<void> {
  if (!(await isAdmin(deps, caller))) {
    throw new AppFailure(
      'FORBIDDEN',
      'Only Jira administrators can change GitProtect backups. Ask your Jira administrator.',
    );
  }
}

/** A name for the audit trail; the account id when Jira cannot say. */
export async function displayNameOf(deps: AppDeps, caller: Caller): Promise<string> {
  try {
    return await withDeadline(
      deps.jira.displayName(caller.accountId),
      BUDGETS.jira,
      'Reading the display name',
    );
  } catch {
    return caller.accountId;
  }
}
