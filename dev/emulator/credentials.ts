import type { Reply } from './http';
import type { InstanceRecord } from './state';

const DAY_MS = 86_400_000;
const API_TOKEN_SHAPE = /^ATATT[A-Za-z0-9_=-]{19,}$/;

export type RejectionReason = 'token_format' | 'email_mismatch' | 'token_expired' | 'no_access';

export interface Rejection {
  reason: RejectionReason;
  message: string;
}

/**
 * Stand-ins for what only Jira could tell: a token (otherwise well formed) that ends in
 * `_email_mismatch` belongs to another account, one ending in `_no_access` to an account that
 * cannot read the site.
 */
const TOLD_BY_SUFFIX: Record<string, Rejection> = {
  _email_mismatch: {
    reason: 'email_mismatch',
    message: 'Jira rejected these credentials: the API token belongs to another account.',
  },
  _no_access: {
    reason: 'no_access',
    message: "Jira rejected these credentials: the account cannot read this site's Jira.",
  },
};

/** Why Jira would refuse these credentials at `now`, or undefined when it would accept them. */
export function rejectionOf(
  apiToken: string,
  expiresOn: string | undefined,
  now: Date,
): Rejection | undefined {
  if (!API_TOKEN_SHAPE.test(apiToken)) {
    return {
      reason: 'token_format',
      message:
        'Jira rejected these credentials: this is not an Atlassian API token (they start with ATATT).',
    };
  }
  if (expiresOn !== undefined && isPastDay(expiresOn, now)) {
    return {
      reason: 'token_expired',
      message: `Jira rejected these credentials: the API token expired after ${expiresOn}.`,
    };
  }
  const suffix = Object.keys(TOLD_BY_SUFFIX).find((end) => apiToken.endsWith(end));
  return suffix === undefined ? undefined : TOLD_BY_SUFFIX[suffix];
}

/** 422 `credentials_rejected`, with the reason (the contract's `CredentialsRejectedError`). */
export function credentialsRejected(rejection: Rejection): Reply {
  return {
    status: 422,
    body: {
      error: { code: 'credentials_rejected', message: rejection.message, reason: rejection.reason },
    },
  };
}

/** `expiresOn` is the last day (UTC) on which the token works. */
function expiryInstant(expiresOn: string): number {
  return Date.parse(`${expiresOn}T00:00:00Z`) + DAY_MS;
}

function isPastDay(day: string, now: Date): boolean {
  return now.getTime() >= expiryInstant(day);
}

export function credentialsRejectedAt(instance: InstanceRecord, at: Date): boolean {
  const { statusOverride, expiresOn } = instance.credentials;
  if (statusOverride !== null) return statusOverride === 'REJECTED';
  return expiresOn !== null && isPastDay(expiresOn, at);
}

export function credentialsView(
  instance: InstanceRecord,
  now: Date,
): { status: 'VALID' | 'REJECTED'; checkedAt: string } {
  const { statusOverride, expiresOn, checkedAt } = instance.credentials;
  if (!credentialsRejectedAt(instance, now)) return { status: 'VALID', checkedAt };
  const expiredAt =
    statusOverride === null && expiresOn !== null
      ? new Date(expiryInstant(expiresOn)).toISOString()
      : checkedAt;
  return { status: 'REJECTED', checkedAt: expiredAt > checkedAt ? expiredAt : checkedAt };
}

export function lastFourOf(apiToken: string): string {
  return apiToken.slice(-4);
}
