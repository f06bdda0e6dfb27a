import type { AppDeps } from './deps';
import { AppFailure, errorName } from './appError';

/** The only trustworthy identity of a call: what Forge put in the resolver context. */
export interface Caller {
  accountId: string;
  cloudId: string;
}

/**
 * Forge always names the installation; without it the app cannot know which site a call is for,
 * so nothing runs. INTERNAL, not FORBIDDEN: the platform, not the user, is at fault, and the
 * user can do nothing about it (FORBIDDEN would send them to their Jira administrator).
 */
export class MissingInstallContext extends AppFailure {
  constructor() {
    super('INTERNAL', 'Something went wrong in the app. Try again.');
    this.name = 'MissingInstallContext';
  }
}

export function callerFrom(context: Record<string, unknown>): Caller {
  const cloudId = cloudIdOf(context.installContext);
  if (cloudId === undefined) throw new MissingInstallContext();
  const accountId = context.accountId;
  if (typeof accountId !== 'string' || accountId.length === 0) {
    throw new AppFailure('FORBIDDEN', 'Sign in to Jira to use GitProtect.io.');
  }
  return { accountId, cloudId };
}

const JIRA_SITE = /^ari:cloud:jira::site\/([A-Za-z0-9-]{1,64})$/;

/** `ari:cloud:jira::site/<cloudId>` -> `<cloudId>`; undefined for anything else. */
export function cloudIdOf(installContext: unknown): string | undefined {
  if (typeof installContext !== 'string') return undefined;
  return JIRA_SITE.exec(installContext)?.[1];
}

/** Whether the caller administers Jira; false when Jira cannot say (fail closed). */
export async function isAdmin(deps: AppDeps, caller: Caller): Promise<boolean> {
  try {
    return await deps.jira.isCallerAdmin(caller.accountId);
  } catch (error) {
    deps.log.warn('Admin check failed; treating the caller as not an admin', {
      reason: errorName(error),
    });
    return false;
  }
}

/** What a member is refused: a change, or a read only admins may see. */
export type AdminOnly = 'change' | 'read';

const REFUSALS: Record<AdminOnly, string> = {
  change: 'Only Jira administrators can change GitProtect backups. Ask your Jira administrator.',
  read: 'Only Jira administrators can see this. Ask your Jira administrator.',
};

export async function requireAdmin(
  deps: AppDeps,
  caller: Caller,
  refused: AdminOnly = 'change',
): Promise<void> {
  if (!(await isAdmin(deps, caller))) throw new AppFailure('FORBIDDEN', REFUSALS[refused]);
}

/** A name for the audit trail; the account id when Jira cannot say. */
export async function displayNameOf(deps: AppDeps, caller: Caller): Promise<string> {
  try {
    return await deps.jira.callerDisplayName(caller.accountId);
  } catch {
    return caller.accountId;
  }
}
